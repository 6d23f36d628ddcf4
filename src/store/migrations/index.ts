/** @module The ordered list of schema migrations; append new ones, never edit applied ones. */
import { canonicalModel } from './001-canonical-model.ts';
import { istandaardMessages } from './002-istandaard-messages.ts';
import { localDefinitions } from './003-local-definitions.ts';
import { claimIdUbigint } from './004-claim-id-ubigint.ts';
import { batchResilience } from './005-batch-resilience.ts';
import { goalTree } from './006-goal-tree.ts';
import { socialReturn } from './007-social-return.ts';
import { outlook } from './008-outlook.ts';
import { birthDateAndReintegration } from './009-birth-date-and-reintegration.ts';
import { reportSnapshots } from './010-report-snapshots.ts';
import { access } from './011-access.ts';
import { budgetAndVintages } from './012-budget-and-vintages.ts';
import { targetHistory } from './013-target-history.ts';
import { retention } from './014-retention.ts';
import { loginLockout } from './015-login-lockout.ts';
import { nowcastPerCareType } from './016-nowcast-per-care-type.ts';
import type { Migration } from './migration.ts';

export const MIGRATIONS: readonly Migration[] = [
  canonicalModel,
  istandaardMessages,
  localDefinitions,
  claimIdUbigint,
  batchResilience,
  goalTree,
  socialReturn,
  outlook,
  birthDateAndReintegration,
  reportSnapshots,
  access,
  budgetAndVintages,
  targetHistory,
  retention,
  loginLockout,
  nowcastPerCareType,
];
