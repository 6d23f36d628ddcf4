import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { HomeOutlookSection } from './home-outlook.tsx';

describe('HomeOutlookSection', () => {
  it("puts the verdict before a law's sentence, names the claims date and leaves laws without one plain", () => {
    const html = renderToString(
      <HomeOutlookSection
        gemeente="Zoetermeer"
        outlook={{
          projection: {
            year: 2025,
            asOf: '2026-02',
            rows: [
              {
                name: 'Jeugdwet',
                verdict: 'verwachte overschrijding',
                sentence: 'Jeugdwet 2025: verwacht € 9,3 mln.',
              },
              { name: 'Participatiewet', verdict: '', sentence: 'Participatiewet 2025: geen jaarprognose.' },
            ],
          },
          signals: [
            {
              indicatorName: 'Kosten jeugdhulp',
              href: '/prognose?indicator=youth.cost',
              sentence: '2025: hoog.',
            },
          ],
          signalTotal: 3,
        }}
      />,
    );
    expect(html).toContain(
      '<li class="utrecht-unordered-list__item"><strong>Jeugdwet: verwachte overschrijding. </strong>Jeugdwet 2025: verwacht € 9,3 mln.</li>',
    );
    expect(html).toContain(
      '<li class="utrecht-unordered-list__item">Participatiewet 2025: geen jaarprognose.</li>',
    );
    expect(html).toContain('Declaraties ingelezen tot en met 2026-02');
    expect(html).toContain(
      '<a class="utrecht-link" href="/prognose?indicator=youth.cost">Kosten jeugdhulp</a> — 2025: hoog.',
    );
    expect(html).toContain('En nog 2 signalen voor Zoetermeer');
  });
});
