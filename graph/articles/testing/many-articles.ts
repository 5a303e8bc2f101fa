import type { ArticleInput } from '../article-input';

/**
 * Thirty short articles about the seed story, generated for tests: each names the seed's Bukele, CECOT
 * and the Trump administration, a person of its own (a lawyer, a reporter, an official) and an outlet
 * of its own, in sentences the extractor reads as SAID and CRITICIZED relations. Deterministic: article
 * `i` is always the same text, dated one day after article `i - 1` from 1 March 2025.
 */

const FIRST = ['Ana', 'Luis', 'Marta', 'Jorge', 'Elena', 'Pablo', 'Irene', 'Tomas', 'Rosa', 'Diego'];
const LAST = ['Ortega', 'Salinas', 'Quintero', 'Benitez', 'Villalobos', 'Cardenas'];
const ROLES = ['a lawyer for several detainees', 'a reporter who visited the prison', 'a former official'];
const OUTLETS = ['Radio Cuscatlan', 'Diario del Sur', 'Canal Once', 'La Voz Libre', 'Prensa Abierta'];

export const MANY_ARTICLES = 30;

export function manyArticle(i: number): ArticleInput {
  const person = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
  const surname = person.split(' ')[1];
  const role = ROLES[i % ROLES.length];
  const outlet = `${OUTLETS[i % OUTLETS.length]} ${i + 1}`;
  const day = new Date(Date.UTC(2025, 2, 1 + i)).toISOString().slice(0, 10);
  const text = [
    `${person}, ${role}, criticized the transfers of deported migrants to CECOT on day ${i + 1} of the dispute.`,
    `"The prison is no place for people who were never charged," ${surname} told ${outlet}.`,
    `President Nayib Bukele said the prison would stay open.`,
    `The Trump administration criticized the ruling of the court in case number ${1000 + i}.`,
  ].join(' ');
  return {
    title: `CECOT dispute, day ${i + 1}`,
    source: `https://example.org/cecot/${i + 1}`,
    publishedAt: day,
    body: { kind: 'pasted', text },
  };
}
