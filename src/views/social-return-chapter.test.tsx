import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../catalogue/social-return-examples.ts';
import { readSocialReturnFile } from '../ingest/social-return/social-return-reader.ts';
import { socialReturnResult, type SocialReturnResult } from '../social-return/social-return-result.ts';
import { SocialReturnChapter } from './social-return-chapter.tsx';

const results = async (...files: string[]): Promise<SocialReturnResult[]> =>
  Promise.all(
    files.map(async (file) =>
      socialReturnResult(await readSocialReturnFile(file, new Set(['participation.outflow']))),
    ),
  );

describe('the council report chapter on social return', () => {
  it('gives per analysis its key figures, ledger, cases or sensitivity, and leaves price lists out', async () => {
    const [bestaand, nieuw] = exampleFiles('overbetuwe');
    const [zoetermeer] = exampleFiles('zoetermeer');
    const [prijslijst] = exampleFiles('prijslijst');
    const html = render(
      <SocialReturnChapter
        results={await results(bestaand!, nieuw!, zoetermeer!, prijslijst!)}
        tornadoSvgs={new Map([['zoetermeer-proeftuinen', '<svg id="tornado"></svg>']])}
        effectTitles={new Map([['gecoordineerde-zorg', 'Effectieve zorg (1 gezin, 1 plan)']])}
      />,
    );
    expect(
      [...html.matchAll(/<h([23]) class="utrecht-heading-\1">([^<]+)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`),
    ).toEqual([
      '2 Maatschappelijk rendement',
      '3 Proeftuin Ruwaard — bestaande casussen (21)',
      '3 Proeftuin Ruwaard — nieuwe casussen (4)',
      '3 Zoetermeer — proeftuinen Uit eigen tuin (664 cliënten)',
    ]);
    expect(html).toContain('€ 109.654,50');
    expect(html).toContain('€ 79.805,00');
    expect(html).toContain(
      'Doelen die deze aanpak dient: Effectieve zorg (1 gezin, 1 plan); betaalbare-zorg.',
    );
    expect(html).toContain('gemiddeld 2,9 vóór en 7,6 na');
    expect(html).toContain('<svg id="tornado"></svg>');
    expect(html).toContain('Disconteringsvoet 0 % per jaar; horizon 2 jaar');
    expect(html).toContain('De netto contante waarde blijft positief over alle bereiken');
    expect(html).not.toContain('Voorbeeld maatschappelijke prijslijst');
  });

  it('says why it is empty when nothing is stored', () => {
    const html = render(<SocialReturnChapter results={[]} headingLevel={3} />);
    expect(html).toContain('<h3 class="utrecht-heading-3">Maatschappelijk rendement</h3>');
    expect(html).toContain('Er zijn nog geen casusanalyses, programma’s of prijslijsten opgeslagen.');
  });
});
