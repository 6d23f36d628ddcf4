/** @module The clock of the access code: injected, so that tests can move time for session expiry and lockout. */

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
