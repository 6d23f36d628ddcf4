/** @module Pseudonymises a staged CSV in place of the BSN and address: distinct BSNs and addresses are keyed in Node (HMAC) and joined back; invalid BSNs are flagged. */
import { isValidBsn } from '../bsn.ts';
import type { Pseudonymiser } from '../pseudonymise.ts';
import type { SqlStore } from '../../store/sql-store.ts';
import { STAGE_TABLE, flagRows } from './csv-staging.ts';

/** Adds `pid` (NULL for an invalid BSN, flagged as a problem) to the stage table. */
export async function stagePersonIds(store: SqlStore, pseudonymiser: Pseudonymiser): Promise<void> {
  const bsns = await store.all<{ bsn: string }>(
    `SELECT DISTINCT bsn FROM ${STAGE_TABLE} WHERE bsn IS NOT NULL`,
  );
  await store.run('CREATE OR REPLACE TEMP TABLE bsn_map (bsn VARCHAR, pid VARCHAR)');
  await store.append(
    'bsn_map',
    bsns.map(({ bsn }) => [bsn, isValidBsn(bsn) ? pseudonymiser.personId(bsn) : null]),
  );
  await store.run(`ALTER TABLE ${STAGE_TABLE} ADD COLUMN pid VARCHAR`);
  await store.run(`UPDATE ${STAGE_TABLE} s SET pid = m.pid FROM bsn_map m WHERE m.bsn = s.bsn`);
  await flagRows(store, 'bsn IS NOT NULL AND pid IS NULL', 'bsn fails the elfproef');
  // The BSN never leaves this temporary table; drop it as soon as the pseudonym is there.
  await store.run(`ALTER TABLE ${STAGE_TABLE} DROP COLUMN bsn`);
  await store.run('DROP TABLE bsn_map');
}

/**
 * Adds `household` (keyed pseudonym of postcode + huisnummer + huisletter + toevoeging) and `wijk`/`buurt` (via the
 * municipality's postcode table: PC6, else PC4; unknown → gemeente only), then drops the address columns.
 */
export async function stageAddresses(store: SqlStore, pseudonymiser: Pseudonymiser): Promise<void> {
  const addresses = await store.all<{
    postcode: string;
    huisnummer: string;
    huisletter: string;
    toevoeging: string;
  }>(
    `SELECT DISTINCT upper(replace(postcode, ' ', '')) AS postcode, huisnummer,
            coalesce(huisletter, '') AS huisletter, coalesce(toevoeging, '') AS toevoeging
     FROM ${STAGE_TABLE} WHERE postcode IS NOT NULL AND huisnummer IS NOT NULL`,
  );
  await store.run(
    'CREATE OR REPLACE TEMP TABLE address_map (postcode VARCHAR, huisnummer VARCHAR, huisletter VARCHAR, toevoeging VARCHAR, household VARCHAR)',
  );
  await store.append(
    'address_map',
    addresses.map((a) => [
      a.postcode,
      a.huisnummer,
      a.huisletter,
      a.toevoeging,
      pseudonymiser.householdKey(a),
    ]),
  );
  await store.run(`ALTER TABLE ${STAGE_TABLE} ADD COLUMN household VARCHAR`);
  await store.run(`ALTER TABLE ${STAGE_TABLE} ADD COLUMN wijk VARCHAR`);
  await store.run(`ALTER TABLE ${STAGE_TABLE} ADD COLUMN buurt VARCHAR`);
  await store.run(
    `UPDATE ${STAGE_TABLE} s SET household = m.household FROM address_map m
     WHERE m.postcode = upper(replace(s.postcode, ' ', '')) AND m.huisnummer = s.huisnummer
       AND m.huisletter = coalesce(s.huisletter, '') AND m.toevoeging = coalesce(s.toevoeging, '')`,
  );
  await store.run(
    `UPDATE ${STAGE_TABLE} s SET wijk = coalesce(p6.wijk, p4.wijk), buurt = coalesce(p6.buurt, p4.buurt)
     FROM ${STAGE_TABLE} x
     LEFT JOIN postcode_area p6 ON p6.postcode = upper(replace(x.postcode, ' ', ''))
     LEFT JOIN postcode_area p4 ON p4.postcode = left(upper(replace(x.postcode, ' ', '')), 4)
     WHERE x.rowid = s.rowid`,
  );
  for (const column of ['postcode', 'huisnummer', 'huisletter', 'toevoeging']) {
    await store.run(`ALTER TABLE ${STAGE_TABLE} DROP COLUMN ${column}`);
  }
  await store.run('DROP TABLE address_map');
}
