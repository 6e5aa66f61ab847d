/**
 * Casualty figures with the coding a conflict researcher would give them. Those
 * with `samples` are every casualty figure (and the tempting non-figures) of the
 * articles in assets/sample, checked against the files themselves; the rest are
 * reporting of the same kind (ACLED-style phrasing, the Turkish MoD's
 * "neutralised", UN displacement figures).
 */

import type { CasualtyParse, Outcome, Qualifier } from './figure.ts'

export interface CasualtyFixture {
  /** The sentence as it reads (in a sample: as in the file, line breaks aside). */
  readonly sentence: string
  /** The highlighted text; it must occur in the sentence. */
  readonly span: string
  /** Which occurrence of `span` is meant, when it occurs more than once (from 0). */
  readonly nth?: number
  /** Sample articles (file name prefixes in assets/sample) whose text holds the sentence. */
  readonly samples?: readonly string[]
  readonly expected: CasualtyParse
  /** Why the coding is what it is, where a reader might disagree. */
  readonly why?: string
  /** Where a phrase from public reporting was read (its address). */
  readonly source?: string
}

export const p = (
  low: number | null,
  best: number | null,
  high: number | null,
  qualifier: Qualifier | null,
  outcome: Outcome | null,
): CasualtyParse => ({ low, best, high, qualifier, outcome })
export const none = p(null, null, null, null, null)

/** A phrase from public reporting, with the address it was read at. */
export const sourced = (
  source: string,
  sentence: string,
  span: string,
  expected: CasualtyParse,
  why?: string,
): CasualtyFixture => ({ source, sentence, span, expected, ...(why ? { why } : {}) })

const S000 = ['000', '001']

const S000_1 =
  'One Turkish soldier died and another was injured in an IED attack in Syria’s southern Idlib, the Turkish Defense Ministry reported late on May 27.'
const S000_2 =
  'He become the second Turkish soldier killed in the M4 highway area since the signing of the March 5 de-escalation agreement in Moscow.'
const S000_3 =
  'So far, they have neutralized over 20 militants, seized over a dozen vehicles and destroyed several ISIS hideouts.'
const S002_1 =
  'On September 7, the Turkish Defense Ministry said that a Turkish soldier had died from wounds received in an attack in southern Idlib.'
const S003_1 =
  'Three Turkish soldiers were killed in an airstrike in Syria’s northwestern province of Idlib, Turkey’s President Recep Tayyip Erdogan said on Thursday, February 27.'
const S003_2 =
  'The Turkish death toll rose after the defense ministry earlier on Thursday said two soldiers had been killed and two had been injured in the northwest province.'
const S003_3 =
  'Idlib, the last rebel pocket in the country following nine years of civil war, is largely controlled by the al-Qaeda-linked Hayat Tahrir al-Sham, but is home to millions of people displaced from other area of the country.'
const S003_4 =
  'Turkey set up 12 observation posts after a deal in 2018 with Moscow, whom Ankara has worked with closely despite backing opposite sides in the conflict.'
const S004_1 =
  'Turkey has reacted strongly against brutal dictator Bashar al-Assad’s forces following the martyrdom of 33 Turkish soldiers in Idlib last night, ‘neutralising’ 309 soldiers and hitting over 200 regime targets this morning.[1]'
const S004_2 =
  'Little international support has been forthcoming for Turkey’s action in Idlib, which started after the 2018 ceasefire lines were broken and Turkish observation posts came under attack, resulting in the deaths of at least 54 Turkish soldiers since the start of February.[5]'
const S004_3 =
  'It said Turkish forces have neutralized at least 1,709 Assad regime soldiers, as well as 55 tanks, three helicopters, 18 armored vehicles, 29 howitzers, 21 military vehicles, six ammunition depots, seven mortars, and four Soviet-made DShK heavy machine guns in the last 17 days of operations in southern Idlib.'

/** Every casualty figure in assets/sample, and the numbers there that are not one. */
export const SAMPLE_FIXTURES: readonly CasualtyFixture[] = [
  // 000 (and 001, the same report hard-wrapped)
  {
    samples: S000,
    sentence: S000_1,
    span: 'One Turkish soldier',
    expected: p(1, 1, 1, 'exact', 'killed'),
  },
  {
    samples: S000,
    sentence: S000_1,
    span: 'another',
    expected: p(1, 1, 1, 'exact', 'injured'),
    why: 'the harm governing this figure is its own predicate, not the first one in the sentence',
  },
  { samples: S000, sentence: S000_1, span: 'May 27', expected: none, why: 'a date' },
  {
    samples: S000,
    sentence: 'At least 6 members of the terrorist group died.',
    span: '6 members',
    expected: p(6, 6, null, 'at_least', 'killed'),
    why: '"At least" sits outside the highlighted span',
  },
  {
    samples: S000,
    sentence: 'At least 6 members of the terrorist group died.',
    span: 'At least 6 members of the terrorist group',
    expected: p(6, 6, null, 'at_least', 'killed'),
  },
  {
    samples: S000,
    sentence: S000_3,
    span: 'over 20 militants',
    expected: p(20, 20, null, 'more_than', 'neutralised'),
  },
  {
    samples: S000,
    sentence: S000_3,
    span: 'over a dozen vehicles',
    expected: p(12, 12, null, 'more_than', 'materiel'),
    why: 'seized vehicles are materiel; "a dozen" is an exact 12, "over" makes it a floor',
  },
  {
    samples: S000,
    sentence: S000_3,
    span: 'several ISIS hideouts',
    expected: p(null, null, null, 'vague', null),
    why: 'hideouts are places, neither people nor materiel: no outcome is guessed',
  },
  {
    samples: S000,
    sentence: 'The killed soldier was identified as lieutenant Canbert Tatar.',
    span: 'The killed soldier',
    expected: p(null, null, null, null, 'killed'),
    why: 'no count is written (it is the soldier already counted); the harm is',
  },
  {
    samples: S000,
    sentence: S000_2,
    span: 'second Turkish soldier',
    expected: none,
    why: 'an ordinal',
  },
  { samples: S000, sentence: S000_2, span: 'M4', expected: none, why: 'a road name' },
  { samples: S000, sentence: S000_2, span: 'March 5', expected: none, why: 'a date' },
  {
    samples: S000,
    sentence:
      'On May 28, Idlib militant groups and pro-Turkish sources immediately blamed Russia for the casualties among the Turkish Army.',
    span: 'the casualties',
    expected: p(null, null, null, null, 'unknown'),
  },
  {
    samples: S000,
    sentence: 'On May 27 and May 28, Russian airstrikes on ISIS positions were also reported.',
    span: 'May 28',
    expected: none,
  },
  {
    samples: S000,
    sentence:
      'However, if the situation in Idlib escalates, the army and its allies will be forced to redeploy at least a part of their forces involved in the anti-ISIS operation to the frontline.',
    span: 'at least a part of their forces',
    expected: none,
    why: 'a qualifier with no count',
  },

  // 002
  {
    samples: ['002'],
    sentence: 'Turkish Military Strikes Syrian Army, Suffers First Casualties Since March',
    span: 'First Casualties',
    expected: none,
    why: 'an ordinal, not a count',
  },
  {
    samples: ['002'],
    sentence:
      'According to pro-militant sources, at least 5 Syrian Army troops were killed in injured in the confrontation.',
    span: '5 Syrian Army troops',
    expected: p(5, 5, null, 'at_least', 'unknown'),
    why: '"killed in injured" is a typo for "killed and injured": a mix, so unknown',
  },
  {
    samples: ['002'],
    sentence:
      'Meanwhile, unidentified gunmen attacked a checkpoint of Hayat Tahrir al-Sham near the town of Kafar Takharim reportedly killing and injuring several terrorists.',
    span: 'several terrorists',
    expected: p(null, null, null, 'vague', 'unknown'),
  },
  {
    samples: ['002'],
    sentence:
      'After the attack, Hayat Tahrir al-Sham security forces arrested five militants of a small local armed faction called the Hananu Brigade.',
    span: 'five militants',
    expected: p(5, 5, 5, 'exact', 'captured'),
    why: 'arrests are coded as captured',
  },
  {
    samples: ['002'],
    sentence: S002_1,
    span: 'a Turkish soldier',
    expected: p(1, 1, 1, 'exact', 'killed'),
    why: '"died from wounds" is a death',
  },
  { samples: ['002'], sentence: S002_1, span: 'September 7', expected: none },
  {
    samples: ['002'],
    sentence:
      'Despite the recently concluded operation of the Syrian Army and the Russian military in the desert that allegedly resulted in the elimination of over 300 ISIS members, ISIS continues its attacks.',
    span: 'over 300 ISIS members',
    expected: p(300, 300, null, 'more_than', 'neutralised'),
  },
  {
    samples: ['002'],
    sentence:
      'On September 5, the Syrian Military Intelligence Directorate, the National Defense Forces and the Iranian Islamic Revolutionary Guard Corps detained 5 ISIS members wearing Iranian military uniforms and driving a vehicle with pro-Iranian slogans in Mayadin.',
    span: '5 ISIS members',
    expected: p(5, 5, 5, 'exact', 'captured'),
  },
  {
    samples: ['002'],
    sentence:
      'According to reports, up to 25 ISIS terrorists were already neutralized in these areas.',
    span: 'up to 25 ISIS terrorists',
    expected: p(null, 25, 25, 'up_to', 'neutralised'),
  },
  {
    samples: ['002'],
    sentence: 'The detained militants were released within a few hours.',
    span: 'a few hours',
    expected: none,
    why: 'a duration',
  },

  // 003
  {
    samples: ['003'],
    sentence: 'Airstrike kills 3 Turkish soldiers in Syria’s Idlib offensive',
    span: '3 Turkish soldiers',
    expected: p(3, 3, 3, 'exact', 'killed'),
  },
  {
    samples: ['003'],
    sentence: "Turkey has lost 20 service members this month to Bashar al-Assad's offensive",
    span: '20 service members',
    expected: p(20, 20, 20, 'exact', 'killed'),
    why: '"lost" personnel to an offensive are deaths',
  },
  {
    samples: ['003'],
    sentence: S003_1,
    span: 'Three Turkish soldiers',
    expected: p(3, 3, 3, 'exact', 'killed'),
  },
  { samples: ['003'], sentence: S003_1, span: 'February 27', expected: none },
  {
    samples: ['003'],
    sentence:
      '“We have three martyrs in Idlib, but the regime’s losses are very high,” Erdogan said during a speech in Ankara, without giving details.',
    span: 'three martyrs',
    expected: p(3, 3, 3, 'exact', 'killed'),
    why: 'a figure inside a quotation; martyrs are the dead',
  },
  {
    samples: ['003'],
    sentence: S003_2,
    span: 'two soldiers',
    expected: p(2, 2, 2, 'exact', 'killed'),
  },
  {
    samples: ['003'],
    sentence: S003_2,
    span: 'two',
    nth: 1,
    expected: p(2, 2, 2, 'exact', 'injured'),
  },
  {
    samples: ['003'],
    sentence:
      'The latest casualties bring the number of Turkish security personnel killed in regime fire in Idlib this month to 20.',
    span: '20',
    expected: p(20, 20, 20, 'exact', 'killed'),
    why: 'the count of personnel killed, not the "casualties" at the start of the sentence',
  },
  {
    samples: ['003'],
    sentence: S003_3,
    span: 'millions of people',
    expected: p(1_000_000, 1_000_000, null, 'vague', 'displaced'),
  },
  { samples: ['003'], sentence: S003_3, span: 'nine years', expected: none },
  {
    samples: ['003'],
    sentence:
      'Hundreds of thousands of people have been forced to flee their homes since December in the largest displacement since the civil war in Syria broke out almost nine years ago.',
    span: 'Hundreds of thousands of people',
    expected: p(100_000, 100_000, null, 'vague', 'displaced'),
  },
  {
    samples: ['003'],
    sentence: S003_4,
    span: '12 observation posts',
    expected: p(12, 12, 12, 'exact', null),
    why: 'a count, but of posts: no harm to people or materiel',
  },
  { samples: ['003'], sentence: S003_4, span: '2018', expected: none, why: 'a year' },

  // 004
  {
    samples: ['004'],
    sentence: 'Idlib: Turkey ‘neutralises’ 309 Syrian regime soldiers as battle intensifies',
    span: '309 Syrian regime soldiers',
    expected: p(309, 309, 309, 'exact', 'neutralised'),
    why: 'the Turkish MoD\'s "neutralised" is kept as claimed; it may mean killed, wounded or captured',
  },
  {
    samples: ['004'],
    sentence:
      'Home / News / Idlib: Turkey ‘neutralises’ 309 Syrian regime soldiers as battle intensifies\nFishman64 / shutterstock.com',
    span: '309',
    expected: p(309, 309, 309, 'exact', 'neutralised'),
    why: 'a headline run into its photo credit by a single line break',
  },
  {
    samples: ['004'],
    sentence: S004_1,
    span: '33 Turkish soldiers',
    expected: p(33, 33, 33, 'exact', 'killed'),
  },
  {
    samples: ['004'],
    sentence: S004_1,
    span: '309 soldiers',
    expected: p(309, 309, 309, 'exact', 'neutralised'),
  },
  {
    samples: ['004'],
    sentence: S004_1,
    span: 'over 200 regime targets',
    expected: p(200, 200, null, 'more_than', null),
    why: 'targets hit are neither people nor destroyed materiel: the count is kept, no outcome guessed',
  },
  { samples: ['004'], sentence: S004_1, span: '[1]', expected: none, why: 'a footnote marker' },
  {
    samples: ['004'],
    sentence: S004_2,
    span: 'at least 54 Turkish soldiers',
    expected: p(54, 54, null, 'at_least', 'killed'),
  },
  { samples: ['004'], sentence: S004_2, span: '2018', expected: none },
  {
    samples: ['004'],
    sentence:
      'Whilst the official line is that the Turkish soldiers were martyred by Syrian regime air strikes, many on the ground are claiming it was in fact the Russians,[2] who together with Iran have helped the Syrian regime recover from the brink of defeat and continue to cause the deaths, suffering, and starvation of millions of Syrians.',
    span: 'millions of Syrians',
    expected: p(1_000_000, 1_000_000, null, 'vague', 'unknown'),
    why: 'deaths and other suffering together: a mix, so unknown (rhetoric rather than a claim)',
  },
  {
    samples: ['004'],
    sentence:
      '“Today’s meeting is a sign of solidarity with Turkey, which has suffered the most terrorist attacks and which hosts millions of refugees.”[6]',
    span: 'millions of refugees',
    expected: p(1_000_000, 1_000_000, null, 'vague', 'displaced'),
  },
  {
    samples: ['004'],
    sentence:
      'Assad’s assault on Idlib is causing thousands more to flee towards the Turkish border.',
    span: 'thousands more',
    expected: p(1000, 1000, null, 'vague', 'displaced'),
  },
  {
    samples: ['004'],
    sentence:
      'With an excess of 3.7 million refugees already in Turkey, however, unnamed officials today said they are lifting border controls to the EU as they can “no longer keep the doors closed for refugees who want to go to Europe.”[7]',
    span: '3.7 million refugees',
    expected: p(3_700_000, 3_700_000, null, 'more_than', 'displaced'),
  },
  {
    samples: ['004'],
    sentence: 'Hundreds were seen heading towards the border with Greece.[8]',
    span: 'Hundreds',
    expected: p(100, 100, null, 'vague', null),
    why: 'the sentence names no harm; that they are refugees is in the previous sentence',
  },
  {
    samples: ['004'],
    sentence: S004_3,
    span: '1,709 Assad regime soldiers',
    expected: p(1709, 1709, null, 'at_least', 'neutralised'),
  },
  {
    samples: ['004'],
    sentence: S004_3,
    span: '55 tanks',
    expected: p(55, 55, 55, 'exact', 'materiel'),
  },
  {
    samples: ['004'],
    sentence: S004_3,
    span: 'three helicopters',
    expected: p(3, 3, 3, 'exact', 'materiel'),
  },
  {
    samples: ['004'],
    sentence: S004_3,
    span: '18 armored vehicles',
    expected: p(18, 18, 18, 'exact', 'materiel'),
  },
  {
    samples: ['004'],
    sentence: S004_3,
    span: '29 howitzers',
    expected: p(29, 29, 29, 'exact', 'materiel'),
  },
  {
    samples: ['004'],
    sentence: S004_3,
    span: '21 military vehicles',
    expected: p(21, 21, 21, 'exact', 'materiel'),
  },
  {
    samples: ['004'],
    sentence: S004_3,
    span: 'six ammunition depots',
    expected: p(6, 6, 6, 'exact', 'materiel'),
    why: 'depots are stores of materiel and the ministry lists them with it',
  },
  {
    samples: ['004'],
    sentence: S004_3,
    span: 'seven mortars',
    expected: p(7, 7, 7, 'exact', 'materiel'),
  },
  {
    samples: ['004'],
    sentence: S004_3,
    span: 'four Soviet-made DShK heavy machine guns',
    expected: p(4, 4, 4, 'exact', 'materiel'),
  },
  { samples: ['004'], sentence: S004_3, span: '17 days', expected: none, why: 'a duration' },
  {
    samples: ['004'],
    sentence: '[1] https://www.bbc.co.uk/news/world-middle-east-51667717',
    span: '51667717',
    expected: none,
    why: 'part of a URL',
  },
]

/** Reporting of the same kind, beyond the samples. */
export const PHRASE_FIXTURES: readonly CasualtyFixture[] = [
  {
    sentence: 'Dozens of civilians were killed in the shelling of Maarat al-Numan.',
    span: 'Dozens of civilians',
    expected: p(12, 12, null, 'vague', 'killed'),
  },
  {
    sentence: 'Hundreds of thousands of people have been displaced by the offensive.',
    span: 'Hundreds of thousands of people',
    expected: p(100_000, 100_000, null, 'vague', 'displaced'),
  },
  {
    sentence: 'A quarter of a million refugees fled to the Turkish border.',
    span: 'A quarter of a million refugees',
    expected: p(250_000, 250_000, 250_000, 'exact', 'displaced'),
  },
  {
    sentence: 'The UN says 1.1 million displaced are sheltering near the border.',
    span: '1.1 million displaced',
    expected: p(1_100_000, 1_100_000, 1_100_000, 'exact', 'displaced'),
  },
  {
    sentence: 'Between 10 and 15 fighters were wounded in the clashes.',
    span: 'Between 10 and 15 fighters',
    expected: p(10, null, 15, 'about', 'injured'),
  },
  {
    sentence: 'Between 10 and 15 fighters were wounded in the clashes.',
    span: '10 and 15 fighters',
    expected: p(10, null, 15, 'about', 'injured'),
    why: '"between" outside the span still makes a range',
  },
  {
    sentence: 'Upwards of 40 militants were neutralized, the ministry said.',
    span: 'Upwards of 40 militants',
    expected: p(40, 40, null, 'more_than', 'neutralised'),
  },
  {
    sentence: 'No fewer than 12 soldiers lost their lives in the ambush.',
    span: '12 soldiers',
    expected: p(12, 12, null, 'at_least', 'killed'),
  },
  {
    sentence: 'The raid caused an unspecified number of casualties.',
    span: 'an unspecified number of casualties',
    expected: p(null, null, null, 'vague', 'unknown'),
  },
  {
    sentence: 'Half a dozen tanks were destroyed in the counter-attack.',
    span: 'Half a dozen tanks',
    expected: p(6, 6, 6, 'exact', 'materiel'),
  },
  {
    sentence: 'Twenty-three people were injured when the car bomb exploded.',
    span: 'Twenty-three people',
    expected: p(23, 23, 23, 'exact', 'injured'),
  },
  {
    sentence: 'The ministry put the toll at 1,709 Assad regime soldiers.',
    span: '1,709 Assad regime soldiers',
    expected: p(1709, 1709, 1709, 'exact', 'killed'),
  },
  {
    sentence: 'As many as 30 civilians were abducted by the gunmen.',
    span: 'As many as 30 civilians',
    expected: p(null, 30, 30, 'up_to', 'captured'),
  },
  {
    sentence: 'About 200 people are still missing after the strike on the market.',
    span: 'About 200 people',
    expected: p(null, 200, null, 'about', 'missing'),
  },
  {
    sentence: 'Some 5,000 families fled their homes as the front line moved north.',
    span: 'Some 5,000 families',
    expected: p(null, 5000, null, 'about', 'displaced'),
  },
  {
    sentence: 'Nearly 40 civilians died in the airstrikes on Ariha.',
    span: 'Nearly 40 civilians',
    expected: p(null, 40, null, 'about', 'killed'),
  },
  {
    sentence: 'An estimated 70,000 people have been displaced since Sunday.',
    span: '70,000 people',
    expected: p(null, 70_000, null, 'about', 'displaced'),
  },
  {
    sentence: 'More than 100 fighters were killed or wounded in two days of fighting.',
    span: 'More than 100 fighters',
    expected: p(100, 100, null, 'more_than', 'unknown'),
  },
  {
    sentence: 'Scores of protesters were hurt when police opened fire.',
    span: 'Scores of protesters',
    expected: p(20, 20, null, 'vague', 'injured'),
  },
  {
    sentence: 'Tens of thousands of residents fled the city overnight.',
    span: 'Tens of thousands of residents',
    expected: p(10_000, 10_000, null, 'vague', 'displaced'),
  },
  {
    sentence: 'Several soldiers were taken prisoner near Saraqib.',
    span: 'Several soldiers',
    expected: p(null, null, null, 'vague', 'captured'),
  },
  {
    sentence: 'A number of aid workers were kidnapped on the road to Afrin.',
    span: 'A number of aid workers',
    expected: p(null, null, null, 'vague', 'captured'),
  },
  {
    sentence: 'Five soldiers remain missing after the ambush.',
    span: 'Five soldiers',
    expected: p(5, 5, 5, 'exact', 'missing'),
  },
  {
    sentence: 'Thousands of people were forced from their homes by the shelling.',
    span: 'Thousands of people',
    expected: p(1000, 1000, null, 'vague', 'displaced'),
  },
  {
    sentence: 'The army said it had eliminated 15 terrorists in the operation.',
    span: '15 terrorists',
    expected: p(15, 15, 15, 'exact', 'neutralised'),
  },
  {
    sentence: 'Turkish drones destroyed 3 tanks and 2 howitzers.',
    span: '2 howitzers',
    expected: p(2, 2, 2, 'exact', 'materiel'),
  },
  {
    sentence: 'Rebels shot down two helicopters over Nairab.',
    span: 'two helicopters',
    expected: p(2, 2, 2, 'exact', 'materiel'),
  },
  {
    sentence: 'Turkey deployed 50 tanks to the border.',
    span: '50 tanks',
    expected: p(50, 50, 50, 'exact', null),
    why: 'materiel with no harm done to it is not a loss',
  },
  {
    sentence: 'The shelling killed 8 civilians and wounded 20 others.',
    span: '8 civilians',
    expected: p(8, 8, 8, 'exact', 'killed'),
  },
  {
    sentence: 'The shelling killed 8 civilians and wounded 20 others.',
    span: '20 others',
    expected: p(20, 20, 20, 'exact', 'injured'),
  },
  {
    sentence: 'Three people died and five were injured.',
    span: 'Three people',
    expected: p(3, 3, 3, 'exact', 'killed'),
  },
  {
    sentence: 'Three people died and five were injured.',
    span: 'five',
    expected: p(5, 5, 5, 'exact', 'injured'),
  },
  {
    sentence: 'The strikes killed two soldiers and three civilians near Sarmin.',
    span: 'three civilians',
    expected: p(3, 3, 3, 'exact', 'killed'),
    why: 'the verb before a list of figures governs each of them',
  },
  {
    sentence: 'Up to 50 people may have been killed in the collapse.',
    span: 'Up to 50 people',
    expected: p(null, 50, 50, 'up_to', 'killed'),
  },
  {
    sentence: 'At least a dozen fighters were captured by the Kurdish-led forces.',
    span: 'At least a dozen fighters',
    expected: p(12, 12, null, 'at_least', 'captured'),
  },
  {
    sentence: 'Over a hundred militants were neutralised, the ministry claimed.',
    span: 'Over a hundred militants',
    expected: p(100, 100, null, 'more_than', 'neutralised'),
  },
  {
    sentence: 'Fewer than 10 civilians were hurt, according to the local council.',
    span: 'Fewer than 10 civilians',
    expected: p(null, null, 10, 'up_to', 'injured'),
    why: '"fewer than 10" excludes 10, so 10 bounds the count but is no best estimate',
  },
  {
    sentence: 'The death toll rose to 45 on Tuesday.',
    span: '45',
    expected: p(45, 45, 45, 'exact', 'killed'),
  },
  {
    sentence: 'Between 1 and 1.5 million people have fled since the offensive began.',
    span: 'Between 1 and 1.5 million people',
    expected: p(1_000_000, null, 1_500_000, 'about', 'displaced'),
    why: 'the first number shares the scale word of the second',
  },
  {
    sentence: '10 to 15 soldiers were killed in the assault on the airbase.',
    span: '10 to 15 soldiers',
    expected: p(10, null, 15, 'about', 'killed'),
  },
  {
    sentence: 'Two to three thousand people were displaced from the villages.',
    span: 'Two to three thousand people',
    expected: p(2000, null, 3000, 'about', 'displaced'),
  },
  {
    sentence: 'The ministry said 2,500 people had been detained since March.',
    span: '2,500 people',
    expected: p(2500, 2500, 2500, 'exact', 'captured'),
  },
  {
    sentence: 'Around 300 militants surrendered to government forces.',
    span: 'Around 300 militants',
    expected: p(null, 300, null, 'about', 'captured'),
    why: 'surrender is coded as captured',
  },
  {
    sentence: 'Ten Syrian soldiers were ‘neutralized’ in the retaliatory strikes.',
    span: 'Ten Syrian soldiers',
    expected: p(10, 10, 10, 'exact', 'neutralised'),
  },
  {
    sentence: 'Officials said “at least 17 civilians were killed” in the raid.',
    span: '17 civilians',
    expected: p(17, 17, null, 'at_least', 'killed'),
    why: 'a figure inside a quotation',
  },
  {
    sentence: 'Roughly 1,500 fighters were killed, wounded or captured.',
    span: 'Roughly 1,500 fighters',
    expected: p(null, 1500, null, 'about', 'unknown'),
  },
  {
    sentence: 'Almost 1,000 civilians were killed in Idlib in January.',
    span: 'Almost 1,000 civilians',
    expected: p(null, 1000, null, 'about', 'killed'),
  },
  {
    sentence: 'Several hundred people were evacuated from the town.',
    span: 'Several hundred people',
    expected: p(100, 100, null, 'vague', 'displaced'),
  },
  {
    sentence: 'Militants kidnapped 20 aid workers near the border.',
    span: '20 aid workers',
    expected: p(20, 20, 20, 'exact', 'captured'),
  },
  {
    sentence: 'Close to 900,000 people have fled since December.',
    span: 'Close to 900,000 people',
    expected: p(null, 900_000, null, 'about', 'displaced'),
  },
  {
    sentence: 'The strike killed one child and injured another.',
    span: 'another',
    expected: p(1, 1, 1, 'exact', 'injured'),
  },
  {
    sentence: 'A Russian airstrike killed a civilian in Idlib.',
    span: 'a civilian',
    expected: p(1, 1, 1, 'exact', 'killed'),
  },
  {
    sentence: 'Two hundred and fifty militants were killed, the army said.',
    span: 'Two hundred and fifty militants',
    expected: p(250, 250, 250, 'exact', 'killed'),
  },
  {
    sentence: 'No civilians were killed in the exchange of fire.',
    span: 'No civilians',
    expected: p(0, 0, 0, 'exact', 'killed'),
    why: 'a reported zero is a figure, as in ACLED',
  },
  {
    sentence: '5 militants killed 3 soldiers at the checkpoint.',
    span: '5 militants',
    expected: p(5, 5, 5, 'exact', null),
    why: 'the militants are the perpetrators, not victims',
  },
  {
    sentence: '5 militants killed 3 soldiers at the checkpoint.',
    span: '3 soldiers',
    expected: p(3, 3, 3, 'exact', 'killed'),
  },
  {
    sentence: 'Seven people were reported dead after the explosion.',
    span: 'Seven people',
    expected: p(7, 7, 7, 'exact', 'killed'),
  },
  {
    sentence: 'A 45-year-old man was killed by a sniper.',
    span: 'A 45-year-old man',
    expected: p(1, 1, 1, 'exact', 'killed'),
    why: 'the 45 is an age',
  },
  {
    sentence: 'Some 20 vehicles were seized at the crossing.',
    span: 'Some 20 vehicles',
    expected: p(null, 20, null, 'about', 'materiel'),
  },
  {
    sentence: 'Two soldiers were killed and dozens wounded.',
    span: 'dozens',
    expected: p(12, 12, null, 'vague', 'injured'),
  },
  {
    sentence: 'The attack left 12 dead and 30 wounded.',
    span: '12 dead',
    expected: p(12, 12, 12, 'exact', 'killed'),
  },
  {
    sentence: 'The attack left 12 dead and 30 wounded.',
    span: '30 wounded',
    expected: p(30, 30, 30, 'exact', 'injured'),
  },
  {
    sentence: 'Eleven people, including four children, were killed.',
    span: 'Eleven people',
    expected: p(11, 11, 11, 'exact', 'killed'),
  },
  {
    sentence: 'Eleven people, including four children, were killed.',
    span: 'four children',
    expected: p(4, 4, 4, 'exact', 'killed'),
  },
  {
    sentence: 'Four Turkish soldiers were injured in a mortar attack.',
    span: 'Four Turkish soldiers',
    expected: p(4, 4, 4, 'exact', 'injured'),
  },
  {
    sentence: 'An unknown number of fighters are missing.',
    span: 'An unknown number of fighters',
    expected: p(null, null, null, 'vague', 'missing'),
  },
  {
    sentence: 'Millions of Syrians have fled the country since 2011.',
    span: 'Millions of Syrians',
    expected: p(1_000_000, 1_000_000, null, 'vague', 'displaced'),
  },
  {
    sentence: 'The UN said 1.5m people had been displaced.',
    span: '1.5m people',
    expected: p(1_500_000, 1_500_000, 1_500_000, 'exact', 'displaced'),
  },
  {
    sentence: '20 or more soldiers were killed in the ambush.',
    span: '20 or more soldiers',
    expected: p(20, 20, null, 'at_least', 'killed'),
  },
  {
    sentence: 'Some 20-odd militants were killed.',
    span: '20-odd militants',
    expected: p(null, 20, null, 'about', 'killed'),
  },
  {
    sentence: 'One hundred and five bodies were recovered from the rubble.',
    span: 'One hundred and five bodies',
    expected: p(105, 105, 105, 'exact', 'killed'),
  },
  {
    sentence: 'The Turkish ministry said it had “neutralised” 21 regime troops.',
    span: '21 regime troops',
    expected: p(21, 21, 21, 'exact', 'neutralised'),
  },
  {
    sentence: 'The army claimed 300 terrorists were destroyed in the offensive.',
    span: '300 terrorists',
    expected: p(300, 300, 300, 'exact', 'neutralised'),
    why: '"destroyed" said of people is the euphemism, coded like "neutralised"',
  },
  {
    sentence: 'Heavy casualties were reported on both sides.',
    span: 'Heavy casualties',
    expected: p(null, null, null, 'vague', 'unknown'),
  },
  {
    sentence: 'Rebels said they had captured 14 regime soldiers and 2 tanks.',
    span: '14 regime soldiers',
    expected: p(14, 14, 14, 'exact', 'captured'),
  },
  {
    sentence: 'The bombardment claimed the lives of 27 people, including 9 children.',
    span: '27 people',
    expected: p(27, 27, 27, 'exact', 'killed'),
  },
  {
    sentence: 'The floods cost 30 lives across the camps.',
    span: '30 lives',
    expected: p(30, 30, 30, 'exact', 'killed'),
  },
  {
    sentence: 'A further ٣٣ soldiers were killed.',
    span: '٣٣ soldiers',
    expected: p(33, 33, 33, 'exact', 'killed'),
    why: 'Arabic-Indic digits',
  },
  {
    sentence: 'The militants executed 7 hostages in a video released on Friday.',
    span: '7 hostages',
    expected: p(7, 7, 7, 'exact', 'killed'),
    why: 'what was done to them beats what they were',
  },
  {
    sentence: 'Rescuers said the bodies of 15 soldiers were recovered.',
    span: '15 soldiers',
    expected: p(15, 15, 15, 'exact', 'killed'),
  },
  {
    sentence: 'A total of 27 people were killed in the two attacks.',
    span: 'A total of 27 people',
    expected: p(27, 27, 27, 'exact', 'killed'),
  },
  {
    sentence: 'At least 33 Turkish soldiers were killed and 32 injured in the airstrike.',
    span: '32',
    expected: p(32, 32, 32, 'exact', 'injured'),
  },
  {
    sentence: 'Some 300 militants were taken prisoner after the siege.',
    span: 'Some 300 militants',
    expected: p(null, 300, null, 'about', 'captured'),
  },
  {
    sentence: '400 civilians were reported missing after the floods reached the camps.',
    span: '400 civilians',
    expected: p(400, 400, 400, 'exact', 'missing'),
  },
  {
    sentence: 'Turkish forces have so far neutralised 2,557 regime elements.',
    span: '2,557 regime elements',
    expected: p(2557, 2557, 2557, 'exact', 'neutralised'),
    why: 'an unknown noun ("elements") is taken to count people',
  },
  {
    sentence: 'Reports said 10–12 civilians were killed.',
    span: '10–12 civilians',
    expected: p(10, null, 12, 'about', 'killed'),
  },
  {
    sentence: 'Hundreds, perhaps thousands, have fled.',
    span: 'Hundreds',
    expected: p(100, 100, null, 'vague', 'displaced'),
  },
  {
    sentence: 'A child was among the dead.',
    span: 'A child',
    expected: p(1, 1, 1, 'exact', 'killed'),
  },
  {
    sentence: 'Russian jets struck 5 villages, killing 4 civilians.',
    span: '4 civilians',
    expected: p(4, 4, 4, 'exact', 'killed'),
  },
  {
    sentence: 'Russian jets struck 5 villages, killing 4 civilians.',
    span: '5 villages',
    expected: p(5, 5, 5, 'exact', null),
  },
  {
    sentence: 'Nine people were hospitalised after the gas attack.',
    span: 'Nine people',
    expected: p(9, 9, 9, 'exact', 'injured'),
  },
  {
    sentence: 'The Observatory said 22 people were killed, including 9 civilians.',
    span: '9 civilians',
    expected: p(9, 9, 9, 'exact', 'killed'),
  },

  {
    sentence: 'A few hundred people were displaced by the fighting.',
    span: 'A few hundred people',
    expected: p(100, 100, null, 'vague', 'displaced'),
  },
  {
    sentence: 'Many thousands fled across the border.',
    span: 'Many thousands',
    expected: p(1000, 1000, null, 'vague', 'displaced'),
  },
  {
    sentence: 'Several hundred thousand people fled in February alone.',
    span: 'Several hundred thousand people',
    expected: p(100_000, 100_000, null, 'vague', 'displaced'),
  },
  {
    sentence: 'Syrian forces hit 3 tanks near Nairab.',
    span: '3 tanks',
    expected: p(3, 3, 3, 'exact', 'materiel'),
  },
  {
    sentence: 'Both soldiers died on the way to hospital.',
    span: 'Both soldiers',
    expected: p(2, 2, 2, 'exact', 'killed'),
  },
  {
    sentence: 'One soldier was killed and the other was wounded.',
    span: 'the other',
    expected: p(1, 1, 1, 'exact', 'injured'),
  },
  {
    sentence: 'Nobody was hurt in the second blast.',
    span: 'Nobody',
    expected: p(0, 0, 0, 'exact', 'injured'),
  },

  // Not counts of people or materiel.
  {
    sentence: 'Food prices rose 50 percent in the besieged towns.',
    span: '50 percent',
    expected: none,
  },
  { sentence: 'Food prices rose 50% in the besieged towns.', span: '50%', expected: none },
  {
    sentence: 'The convoy was hit at 10:30 near the T3 station.',
    span: '10:30',
    expected: none,
  },
  { sentence: 'The convoy was hit at 10:30 near the T3 station.', span: 'T3', expected: none },
  {
    sentence: 'The aid package was worth $5 million, officials said.',
    span: '$5 million',
    expected: none,
  },
  {
    sentence: 'Fighting intensified along the M5 motorway on 28 May 2020.',
    span: '28 May 2020',
    expected: none,
  },
  {
    sentence: 'Security Council Resolution 2254 calls for a ceasefire.',
    span: '2254',
    expected: none,
  },
  {
    sentence: 'A Syrian T-72 tank was destroyed near Saraqib.',
    span: '72',
    expected: none,
    why: 'a model number; the figure here is "A Syrian T-72 tank"',
  },
  {
    sentence: 'A Syrian T-72 tank was destroyed near Saraqib.',
    span: 'A Syrian T-72 tank',
    expected: p(1, 1, 1, 'exact', 'materiel'),
  },
  {
    sentence: 'Fighting has continued between 2011 and 2020 in the province.',
    span: 'between 2011 and 2020',
    expected: none,
    why: 'a range of years',
  },
  {
    sentence: 'The soldiers were killed in the 1990s war.',
    span: '1990s',
    expected: none,
  },
]
