/** @module Who may edit targets and narratives in the browser (policy and up): the edit routes declare this role, and the node and indicator pages show their edit links only to a user who has it. */
import { roleAllows, type Role } from '../access/roles.ts';
import type { Identity } from './route-access.ts';

/** The role the routes `/bewerken/verhaal` and `/bewerken/streefwaarde` require. */
export const EDIT_ROLE = 'policy' satisfies Role;

/** True when this user may use the edit pages (never for a viewer, nor without a login). */
export const mayEdit = (identity: Identity | null | undefined): boolean =>
  identity ? roleAllows(identity.role, EDIT_ROLE) : false;
