/** @module The synthetic inhabitants as compact columns: birth, gender, BSN, presence in the gemeente and address history. */

import { OPEN_END, ageOn } from './day-calendar.ts';

export const GENDERS = ['M', 'V'] as const;
export const EXIT_REASONS = ['none', 'death', 'moved-out'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

const NO_MOVE = -1;

function grow<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

/**
 * Every person who ever lived in the gemeente during the simulated years. Arrays grow as people are born
 * or move in; an address history is a linked list of moves (most people never move).
 */
export class PersonTable {
  count = 0;
  birth = new Int32Array(1024);
  gender = new Uint8Array(1024);
  bsn = new Int32Array(1024);
  /** First day in the gemeente (birth, move in, or the first simulated day for initial residents). */
  inDay = new Int32Array(1024);
  /** First day no longer in the gemeente (OPEN_END while present). */
  outDay = new Int32Array(1024);
  outReason = new Uint8Array(1024);
  firstAddress = new Int32Array(1024);
  private firstMove = new Int32Array(1024);
  private lastMove = new Int32Array(1024);
  private moveDay = new Int32Array(1024);
  private moveAddress = new Int32Array(1024);
  private moveNext = new Int32Array(1024);
  private moveCount = 0;

  add(birth: number, gender: number, bsn: number, inDay: number, address: number): number {
    if (this.count === this.birth.length) {
      const size = this.count * 2;
      this.birth = grow(this.birth, size);
      this.gender = grow(this.gender, size);
      this.bsn = grow(this.bsn, size);
      this.inDay = grow(this.inDay, size);
      this.outDay = grow(this.outDay, size);
      this.outReason = grow(this.outReason, size);
      this.firstAddress = grow(this.firstAddress, size);
      this.firstMove = grow(this.firstMove, size);
      this.lastMove = grow(this.lastMove, size);
    }
    const id = this.count++;
    this.birth[id] = birth;
    this.gender[id] = gender;
    this.bsn[id] = bsn;
    this.inDay[id] = inDay;
    this.outDay[id] = OPEN_END;
    this.firstAddress[id] = address;
    this.firstMove[id] = NO_MOVE;
    this.lastMove[id] = NO_MOVE;
    return id;
  }

  /** Records a move within the gemeente; moves must be added in date order per person. */
  move(person: number, day: number, address: number): void {
    if (this.moveCount === this.moveDay.length) {
      const size = this.moveCount * 2;
      this.moveDay = grow(this.moveDay, size);
      this.moveAddress = grow(this.moveAddress, size);
      this.moveNext = grow(this.moveNext, size);
    }
    const m = this.moveCount++;
    this.moveDay[m] = day;
    this.moveAddress[m] = address;
    this.moveNext[m] = NO_MOVE;
    const last = this.lastMove[person] ?? NO_MOVE;
    if (last === NO_MOVE) this.firstMove[person] = m;
    else this.moveNext[last] = m;
    this.lastMove[person] = m;
  }

  leave(person: number, day: number, reason: ExitReason): void {
    this.outDay[person] = day;
    this.outReason[person] = EXIT_REASONS.indexOf(reason);
  }

  isPresent(person: number, day: number): boolean {
    return (this.inDay[person] ?? OPEN_END) <= day && day < (this.outDay[person] ?? 0);
  }

  /** Address on a day (the earliest known address before the person arrived). */
  addressAt(person: number, day: number): number {
    let address = this.firstAddress[person] ?? -1;
    let m = this.firstMove[person] ?? NO_MOVE;
    while (m !== NO_MOVE && (this.moveDay[m] ?? OPEN_END) <= day) {
      address = this.moveAddress[m] ?? address;
      m = this.moveNext[m] ?? NO_MOVE;
    }
    return address;
  }

  /** The current (latest) address. */
  currentAddress(person: number): number {
    const last = this.lastMove[person] ?? NO_MOVE;
    return last === NO_MOVE ? (this.firstAddress[person] ?? -1) : (this.moveAddress[last] ?? -1);
  }

  ageAt(person: number, day: number): number {
    return ageOn(this.birth[person] ?? 0, day);
  }
}
