/** @module Test fixture: Zoetermeer (GM0637) and its wijken with CBS 2024 inhabitants (Kerncijfers wijken en buurten 2024, CBS, CC BY 4.0). */

import type { DemoAreas } from './demo-options.ts';

/** Reference data from `../shared/data/cbs/kwb-2024-gemeenten-wijken.json` and the names from `wijk_2014.topojson`. */
export const ZOETERMEER_AREAS: DemoAreas = {
  gemeente: { code: 'GM0637', name: 'Zoetermeer' },
  wijken: [
    { code: 'WK063700', name: 'Centrum', inhabitants: 21_690 },
    { code: 'WK063701', name: 'Meerzicht', inhabitants: 15_915 },
    { code: 'WK063702', name: 'Buytenwegh - De Leyens', inhabitants: 19_985 },
    { code: 'WK063703', name: 'Seghwaert', inhabitants: 16_385 },
    { code: 'WK063704', name: 'Noordhove', inhabitants: 8_315 },
    { code: 'WK063705', name: 'Rokkeveen', inhabitants: 20_725 },
    { code: 'WK063706', name: 'Oosterheem', inhabitants: 23_730 },
    { code: 'WK063708', name: 'Industriegebied', inhabitants: 1_275 },
    { code: 'WK063709', name: 'Buitengebied', inhabitants: 405 },
  ],
};
