import type { Random } from './random';

/**
 * Word lists for synthetic news: given names and surnames from several languages (accents included, since
 * real names carry them), and syllables for invented places, so that the graph reads like a newsroom's
 * without putting real people into made-up relations. Lists are comma-separated text to keep them compact.
 */
function list(text: string): readonly string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word !== '');
}

export const FIRST_NAMES = list(`
  Ana, María, José, Luis, Carmen, Javier, Lucía, Diego, Sofía, Mateo, James, Mary, John, Patricia, Robert,
  Jennifer, Michael, Linda, David, Susan, Emma, Oliver, Amelia, Noah, Isla, Harry, Grace, Jack, Chloe, Thomas,
  Léa, Hugo, Chloé, Louis, Manon, Théo, Camille, Jules, Inès, Raphaël, Anna, Jonas, Lena, Felix, Marie, Lukas,
  Hannah, Paul, Mia, Jürgen, Aisha, Omar, Fatima, Youssef, Layla, Karim, Nour, Hassan, Zainab, Tariq, Wei, Mei,
  Jun, Hiroshi, Yuki, Sakura, Min-jun, Seo-yeon, Arjun, Priya, Chidi, Amara, Kwame, Ngozi, Tendai, Zanele, Olga,
  Dmitri, Katarzyna, Piotr, Giulia, Marco, Francesca, Lorenzo, Ingrid, Lars, Astrid, Björn, Nadia, Tomás`);

export const SURNAMES = list(`
  García, Martínez, Rodríguez, López, Hernández, González, Pérez, Sánchez, Ramírez, Flores, Smith, Johnson,
  Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Jackson, Martin, Lee,
  Thompson, White, Harris, Clark, Lewis, Dubois, Lefèvre, Moreau, Laurent, Girard, Bonnet, Mercier, Fontaine,
  Chevalier, Rousseau, Müller, Schmidt, Schneider, Fischer, Weber, Wagner, Becker, Hoffmann, Schäfer, Koch,
  Haddad, Khalil, Mansour, Nasser, Saleh, Farouk, Rahman, Aziz, Hussein, Karimi, Wang, Li, Zhang, Chen, Liu,
  Tanaka, Suzuki, Sato, Kim, Park, Okafor, Mensah, Adeyemi, Banda, Mwangi, Ndlovu, Kowalski, Nowak, Ivanova,
  Petrov, Rossi, Russo, Ferrari, Esposito, Bianchi, Andersson, Johansson, Nielsen, Hansen, Silva, Santos,
  Oliveira, Souza, Costa, Pereira, Novak, Horvat, Kovač, Popescu, Yılmaz`);

const PLACE_STARTS = list(`
  Val, Nor, Est, Mar, Bel, Cas, Dor, Fen, Gal, Hal, Kar, Lor, Mon, Pal, Ros, San, Tor, Ver, Wes, Zar, Ash,
  Bran, Cor, Del, Ems, Fal, Gren, Ith`);
// Empty middles twice as likely as any one syllable: short names are common.
const PLACE_MIDDLES = ['', '', ...list('a, e, i, o, an, en, in, or, ar, el, is, un')];
const PLACE_ENDS = list(`
  dria, mark, via, land, stan, ova, ia, ford, burg, ton, mouth, field, haven, port, vale, crest, gate, more,
  wick, by, stad, heim, dal, polis`);

/** An invented place name such as "Valendria" or "Corinport". */
export function placeName(random: Random): string {
  return `${random.pick(PLACE_STARTS)}${random.pick(PLACE_MIDDLES)}${random.pick(PLACE_ENDS)}`;
}

export const ROLES = list(`
  Editor-in-Chief, Chief Executive, spokesperson, senior adviser, general counsel, treasurer,
  Chief Financial Officer, political correspondent, board member, deputy director, press secretary,
  investigative reporter, chair, Chief Operating Officer, campaign manager, researcher`);

export const TOPICS = list(`
  prison conditions, the budget deficit, press freedom, a delayed infrastructure project, deportations,
  the water contract, election security, mining permits, the pension reform, police oversight, a leaked memo,
  drug prices, the port expansion, emergency powers, teacher salaries, a disputed land sale,
  campaign donations, the refinery spill, surveillance software, housing costs, the census results,
  a stalled trade deal, wildfire response, the judicial appointments, hospital waiting lists, a bank collapse,
  online disinformation, the fishing quota, tax exemptions, the transit strike`);

export const CLAIMS = list(`
  had misled the public, was ready to cooperate fully, would not resign, had ignored repeated warnings,
  would publish the documents, had broken no law, was being targeted for political reasons,
  would appeal the ruling, had underestimated the costs, owed voters an explanation,
  would hold hearings next month, had acted within its mandate`);

export const WEEKDAYS = list('Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday');

export const COMPANY_WORDS = list(`
  Northwind, Arcadia, Bluestone, Meridian, Silverline, Keystone, Halcyon, Ironbridge, Evergreen, Summit,
  Crescent, Pioneer, Lighthouse, Granite, Harbor, Redwood`);
export const COMPANY_KINDS = list(`
  Energy, Holdings, Mining, Logistics, Capital, Pharmaceuticals, Telecom, Construction, Analytics, Shipping,
  Foods, Security`);
export const COMPANY_SUFFIXES = ['', '', ' Inc.', ' Group', ' Ltd.', ' S.A.', ' GmbH'];

export const PAPER_NAMES = list('Times, Herald, Post, Tribune, Gazette, Chronicle, Observer, Courier');
export const BROADCAST_NAMES = list('Public Radio, News Network, Television, Broadcasting, Evening News');

export const MINISTRIES = list(`
  Finance, Health, Justice, the Interior, Defence, Education, Energy, Foreign Affairs, Labour, Transport`);
export const GOVERNMENT_BODIES = list(`
  Supreme Court, Electoral Tribunal, Senate, National Assembly, Audit Office, Central Bank, Police Service,
  Data Protection Authority, Prison Service`);

export const GROUP_KINDS = list(`
  Workers' Union, Rights Watch, Farmers Association, Liberation Front, Civic Alliance, Press Club,
  Veterans League, Tenants Coalition`);

export const WORK_ADJECTIVES = list(
  'Silent, Hidden, Broken, Last, Long, Cold, Open, Forgotten, Burning, Quiet',
);
export const WORK_NOUNS = list(
  'Harbor, Verdict, Border, Ledger, Season, Witness, Archive, Frontier, Promise, Signal',
);
export const PROGRAM_KINDS = list('Hour, Tonight, Report, Weekly, Investigates, Live');
export const LAW_SUBJECTS = list(`
  Transparency, Public Order, Media Accountability, Border Security, Clean Water, Data Protection,
  Pension Reform, Emergency Powers, Anti-Corruption, Housing`);
export const PLATFORM_STARTS = list('Chirp, Pulse, Echo, Loop, Beam, Vox, Nest, Flare');
export const PLATFORM_ENDS = list('Net, Hub, ly, Space, Cast, Feed, gram, Link');
