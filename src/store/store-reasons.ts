/** @module The Dutch messages of the data folder and the database (what a user reads when a folder cannot be used or opened). */

export const STORE_REFUSED = {
  isFile: (path: string) => `${path} is een bestand, geen map; kies een andere map met --data.`,
  notWritable: (parent: string, dir: string) =>
    `in de map ${parent} mag niet worden geschreven; de gegevensmap ${dir} kan niet worden gemaakt.`,
  folderNotFile: (path: string) =>
    `${path} is een map waar een bestand hoort te staan; de gegevensmap is beschadigd.`,
  noSecret: (secretPath: string, dir: string) =>
    `geen pseudonimiseringssleutel in ${secretPath}. Voer eerst \`msd init --data ${dir}\` uit; inlezen kan niet zonder sleutel.`,
  secretTooShort: (secretPath: string) => `de sleutel in ${secretPath} is te kort (32 bytes nodig, base64).`,
  noDatabase: (dir: string) => `geen database in ${dir}. Voer eerst \`msd init --data ${dir}\` uit.`,
  inUse: (path: string, program: string, pid: string) =>
    `de database ${path} is in gebruik door een ander proces (${program}, PID ${pid}). ` +
    'Stop dat proces (bijvoorbeeld een lopende `msd serve`) of geef het werk aan dat proces, en probeer het opnieuw.',
  cannotOpen: (path: string, reason: string) => `de database ${path} kan niet worden geopend: ${reason}`,
  newerSchema: (found: number, known: number) =>
    `de database heeft schemaversie ${found}, nieuwer dan dit programma kent (${known}). Werk msd bij.`,
} as const;
