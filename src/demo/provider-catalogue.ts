/** @module Synthetic care providers (8-digit AGB codes) with the categories and 5-character product codes they deliver; a few large providers dominate. */

import type { DemoLaw, ProvisionTypeSpec } from './provision-types.ts';
import type { SeededRandom } from './seeded-random.ts';

export interface Provider {
  readonly agb: string;
  /** Position in the catalogue (stable; used in declaration numbers). */
  readonly index: number;
  readonly law: DemoLaw;
  /** Day of the month (1–25) on which the provider submits its declarations. */
  readonly submissionDay: number;
}

export interface ProviderCatalogue {
  readonly providers: ReadonlyArray<Provider>;
  /** Draws a provider (index) for a product category, weighted by market share. */
  pick(category: string, random: SeededRandom): Provider;
  /** Draws a product code (5 characters) for a category. */
  product(category: string, random: SeededRandom): string;
}

/** Buys from ~40 youth providers and ~30 Wmo providers; the three certified institutions alone do protection and probation. */
export function buildProviderCatalogue(
  youthTypes: ReadonlyArray<ProvisionTypeSpec>,
  supportTypes: ReadonlyArray<ProvisionTypeSpec>,
  random: SeededRandom,
): ProviderCatalogue {
  const providers: Provider[] = [];
  const offers = new Map<string, { provider: Provider; weight: number }[]>();
  const products = new Map<string, string[]>();
  const usedAgb = new Set<string>();
  const newProvider = (law: DemoLaw): Provider => {
    let agb: string;
    do agb = `${law === 'jeugd' ? '98' : '75'}${String(random.int(1_000_000)).padStart(6, '0')}`;
    while (usedAgb.has(agb));
    usedAgb.add(agb);
    const provider = { agb, index: providers.length, law, submissionDay: random.between(1, 25) };
    providers.push(provider);
    return provider;
  };
  const offer = (category: string, provider: Provider, weight: number): void => {
    let list = offers.get(category);
    if (list === undefined) offers.set(category, (list = []));
    list.push({ provider, weight });
  };
  const build = (
    law: DemoLaw,
    types: ReadonlyArray<ProvisionTypeSpec>,
    count: number,
    certified: Set<string>,
  ) => {
    const categories = types.flatMap((t) => t.categories.map((c) => c.code));
    const gi =
      certified.size > 0 ? [0.7, 0.2, 0.1].map((share) => ({ provider: newProvider(law), share })) : [];
    for (const code of certified) for (const { provider, share } of gi) offer(code, provider, share);
    const open = categories.filter((c) => !certified.has(c));
    for (let rank = 1; rank <= count - gi.length; rank++) {
      const provider = newProvider(law);
      const weight = 1 / rank ** 1.1; // Zipf-like concentration: the top five hold about half the market
      const breadth = rank <= 5 ? 0.7 : 0.25;
      let any = false;
      for (const code of open)
        if (random.chance(breadth)) {
          offer(code, provider, weight);
          any = true;
        }
      if (!any) offer(random.pick(open), provider, weight);
    }
    for (const code of categories) {
      if (!offers.has(code)) offer(code, providers[providers.length - 1] as Provider, 1);
      const letters = random.shuffle(['A', 'B', 'C', 'D', 'G', 'H']).slice(0, random.between(2, 4));
      products.set(
        code,
        letters.map((l) => `${code}${l}${String(random.between(1, 99)).padStart(2, '0')}`),
      );
    }
  };
  build('jeugd', youthTypes, 40, new Set(['47', '48']));
  build('wmo', supportTypes, 30, new Set());

  return {
    providers,
    pick(category, r) {
      const list = offers.get(category) ?? [];
      const chosen = list[r.weighted(list.map((o) => o.weight))];
      if (chosen === undefined) throw new Error(`no provider offers category ${category}`);
      return chosen.provider;
    },
    product(category, r) {
      return r.pick(products.get(category) ?? [`${category}A01`]);
    },
  };
}
