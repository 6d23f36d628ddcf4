/**
 * @module Shows the good rows of a staged CSV as the view `csv_good`: the BSN replaced by the person id and the address by
 * the household key and wijk/buurt. Distinct BSNs and addresses are keyed in Node (HMAC) and joined in one statement.
 */
import { isValidBsn } from '../bsn.ts';
import type { Pseudonymiser } from '../pseudonymise.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { STAGE_TABLE } from './csv-staging.ts';

/** View of the good rows, pseudonymised; `line_id` is the stage row id (file order). */
export const GOOD_TABLE = 'csv_good';

const ADDRESS_FIELDS = ['postcode', 'huisnummer', 'huisletter', 'toevoeging'];
const NORMAL_POSTCODE = (column: string) => `upper(replace(${column}, ' ', ''))`;

/** `items.map(f)`, computed row by row as the appender takes them. */
function* lazyMap<T, R>(items: readonly T[], f: (item: T) => R): Generator<R> {
  for (const item of items) yield f(item);
}

/** Fills `bsn_map` (bsn → pid) for the BSNs of the good rows. */
async function mapPersonIds(store: SqlStore, pseudonymiser: Pseudonymiser): Promise<void> {
  const bsns = await store.all<{ bsn: string }>(
    `SELECT DISTINCT bsn FROM ${STAGE_TABLE} WHERE problem = '' AND bsn IS NOT NULL`,
  );
  await store.run('CREATE OR REPLACE TEMP TABLE bsn_map (bsn VARCHAR, pid VARCHAR)');
  // The stage has checked the eleven-test already; a BSN failing it here would leave pid NULL and fail the load.
  // Keyed while appended (lazily), so the appender's pauses for the event loop also pace the hashing.
  await store.append(
    'bsn_map',
    lazyMap(bsns, ({ bsn }) => [bsn, isValidBsn(bsn) ? pseudonymiser.personId(bsn) : null]),
  );
}

/** Fills `address_map` (normalised postcode, huisnummer, huisletter, toevoeging → household key) for the good rows. */
async function mapAddresses(store: SqlStore, pseudonymiser: Pseudonymiser): Promise<void> {
  const addresses = await store.all<{
    postcode: string;
    huisnummer: string;
    huisletter: string;
    toevoeging: string;
  }>(
    `SELECT DISTINCT ${NORMAL_POSTCODE('postcode')} AS postcode, huisnummer,
            coalesce(huisletter, '') AS huisletter, coalesce(toevoeging, '') AS toevoeging
     FROM ${STAGE_TABLE} WHERE problem = '' AND postcode IS NOT NULL AND huisnummer IS NOT NULL`,
  );
  await store.run(
    'CREATE OR REPLACE TEMP TABLE address_map (postcode VARCHAR, huisnummer VARCHAR, huisletter VARCHAR, toevoeging VARCHAR, household VARCHAR)',
  );
  await store.append(
    'address_map',
    lazyMap(addresses, (a) => [
      a.postcode,
      a.huisnummer,
      a.huisletter,
      a.toevoeging,
      pseudonymiser.householdKey(a),
    ]),
  );
}

/**
 * Creates {@link GOOD_TABLE} from the stage's good rows: `pid` instead of `bsn` (when the kind has one); `household`,
 * `wijk` and `buurt` instead of the address (municipality's postcode table: PC6, else PC4) when `withAddress`.
 */
export async function stageGoodRows(
  store: SqlStore,
  pseudonymiser: Pseudonymiser,
  fields: readonly string[],
  withAddress: boolean,
): Promise<void> {
  const withBsn = fields.includes('bsn');
  if (withBsn) await mapPersonIds(store, pseudonymiser);
  if (withAddress) await mapAddresses(store, pseudonymiser);
  const columns = fields
    .filter((f) => f !== 'bsn' && !(withAddress && ADDRESS_FIELDS.includes(f)))
    .map((f) => `s.${f}`);
  const joins: string[] = [];
  if (withBsn) {
    columns.push('m.pid');
    joins.push('LEFT JOIN bsn_map m ON m.bsn = s.bsn');
  }
  if (withAddress) {
    columns.push(
      'a.household',
      'coalesce(p6.wijk, p4.wijk) AS wijk',
      'coalesce(p6.buurt, p4.buurt) AS buurt',
    );
    joins.push(
      `LEFT JOIN address_map a ON a.postcode = ${NORMAL_POSTCODE('s.postcode')} AND a.huisnummer = s.huisnummer
         AND a.huisletter = coalesce(s.huisletter, '') AND a.toevoeging = coalesce(s.toevoeging, '')`,
      `LEFT JOIN postcode_area p6 ON p6.postcode = ${NORMAL_POSTCODE('s.postcode')}`,
      `LEFT JOIN postcode_area p4 ON p4.postcode = left(${NORMAL_POSTCODE('s.postcode')}, 4)`,
    );
  }
  // A view, not a copy: each load statement joins anew (cheap: the maps are small), and it shows no BSN.
  await store.run(
    `CREATE OR REPLACE TEMP VIEW ${GOOD_TABLE} AS
     SELECT s.rowid AS line_id, ${columns.join(', ')} FROM ${STAGE_TABLE} s ${joins.join(' ')} WHERE s.problem = ''`,
  );
}

/** Drops the view and the maps behind it. */
export async function dropGoodRows(store: SqlStore): Promise<void> {
  await store.run(`DROP VIEW IF EXISTS ${GOOD_TABLE}`);
  await store.run('DROP TABLE IF EXISTS bsn_map');
  await store.run('DROP TABLE IF EXISTS address_map');
}
