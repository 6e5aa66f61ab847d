/**
 * Casualty phrases from public reporting, each with the address it was read
 * at, coded as a researcher would (docs/casualty-conventions.md). This is part
 * of the tuning set: the parser's rules may be changed to read these right.
 * The phrases the parser was not tuned on are in casualty-heldout.fixtures.ts.
 */
import { none, p, sourced, type CasualtyFixture } from './figure.fixtures.ts'

const DOGRU =
  'https://dogruhaber.com.tr/haber/819119-turkeys-defense-ministry-5-pkkypg-members-killed-in-northern-syria/'
const ANEWS =
  'https://anews.com.tr/turkey/2024/05/19/turkish-forces-neutralize-5-more-pkkypg-terrorists-in-northern-syria-1716117437/amp'
const MOVE2TR =
  'https://move2turkey.com/turkish-defense-neutralizing-6-terrorists-in-northern-syria/'
const TRT = 'https://www.trtworld.com/article/18202560'
const GULF = 'https://thegulfobserver.com/?p=31732'
const USMUSLIMS =
  'https://usmuslims.com/turkiye-neutralizes-19-pkkypg-terrorists-in-northern-iraq-syria-247190h.htm'
const INFONEWS =
  'https://www.infonewsall.com/index.php/2023/04/17/turkiye-neutralises-three-pkk-ypg-terrorists-in-northern-syria/'
const WORLDGLOBAL =
  'http://worldglobal.news/2017/06/18/312-isis-militants-killed-four-districts-liberated-in-raqqa-operation-so-far-sdf-ara-news/'
const IQNEWS_8300 = 'http://iqnews.org/index.php?do=view&type=news&id=8300'
const IQNEWS_9021 = 'http://iqnews.org/index.php?do=view&type=news&id=9021'
const ATLANTIC =
  'https://www.theatlantic.com/news/archive/2017/07/isis-claims-attack-on-us-backed-troops-in-syria/535353/'
const NRT = 'https://nrttv.org/En/Details.aspx?Jimare=14984'
const SOHR = 'http://www.syriahr.com/en/?p=44547'

const r = sourced

const NEUTRALISED_5 =
  'Five PKK/YPG members were neutralized in the areas of Operation Peace Spring and Operation Euphrates Shield in northern Syria, Turkey’s Defense Ministry said in a statement on Sunday.'
const SDF_RAQQA =
  'Leadership of the US-backed Syrian Democratic Forces (SDF) said on Saturday that in 10 days of fighting they have controlled four districts in Raqqa city, killed 312 ISIS militants and have captured seven ISIS Jihadists alive since the Raqqa city operation was launched on 6 June.'
const SDF_LOSSES =
  'Moreover, 15 SDF fighters have lost their lives in the battle and 21 fighters were injured.'
const COALITION_AUG =
  'Coalition said in a statement on Sunday (August 6) saying the anti-ISIS Coalition’s warplanes destroyed 19 fighting positions, three improvised explosive devices, a UAS launch site and five of the militants’ buildings near Raqqa on Saturday (August 5).'
const COALITION_OCT =
  'Those strikes engaged two ISIS tactical units and destroyed 15 fighting positions, 11 vehicles, one VBIED and four command and control networks, the statement read.'
const ATLANTIC_CLAIM =
  'ISIS claimed that two armored vehicles were destroyed and 53 members of the SDF were killed in the attack, though an SDF spokeswoman said their estimate was exaggerated.'
const NRT_STRIKES =
  'The Coalition forces carried out 23 strikes and engaged 20 ISIS tactical units near Raqqa, destroying 16 fighting positions, two vehicles and two boats of the ISIS militants, as well as damaging five supply routes.'

export const REAL_PHRASE_FIXTURES: readonly CasualtyFixture[] = [
  r(DOGRU, NEUTRALISED_5, 'Five PKK/YPG members', p(5, 5, 5, 'exact', 'neutralised')),
  r(
    DOGRU,
    'Turkey’s Defense Ministry: 5 PKK/YPG members killed in northern Syria',
    '5 PKK/YPG members',
    p(5, 5, 5, 'exact', 'killed'),
  ),
  r(
    ANEWS,
    'Turkish security forces "neutralized" five PKK/YPG terrorists in northern Syria, the National Defense Ministry said on Sunday.',
    'five PKK/YPG terrorists',
    p(5, 5, 5, 'exact', 'neutralised'),
  ),
  r(
    ANEWS,
    'In its more than 35-year terror campaign against Türkiye, the PKK has been responsible for the deaths of more than 40,000 people, including women, children, and infants.',
    'more than 40,000 people',
    p(40_000, 40_000, null, 'more_than', 'killed'),
  ),
  r(
    ANEWS,
    'In its more than 35-year terror campaign against Türkiye, the PKK has been responsible for the deaths of more than 40,000 people, including women, children, and infants.',
    '35-year',
    none,
    'a duration used as a modifier',
  ),
  r(
    MOVE2TR,
    'The Turkish Ministry of Defense announced the neutralization of 6 YPG/PKK terrorists in northern Syria.',
    '6 YPG/PKK terrorists',
    p(6, 6, 6, 'exact', 'neutralised'),
  ),
  r(
    MOVE2TR,
    'Through these operations, it cleared thousands of kilometers of land from terrorists and provided the opportunity for thousands of Syrians to return safely to their lands.',
    'thousands of kilometers',
    none,
    'a distance',
  ),
  r(
    TRT,
    'Turkish security forces have neutralised a total of 17 PKK/YPG terrorists in northern Iraq and northern Syria, according to the country’s National Defence Ministry.',
    '17 PKK/YPG terrorists',
    p(17, 17, 17, 'exact', 'neutralised'),
  ),
  r(
    GULF,
    'Turkish security forces have “neutralised” 11 YPG/PKK terrorists in northern Syria near the Turkish border, the Turkish National Defense Ministry said.',
    '11 YPG/PKK terrorists',
    p(11, 11, 11, 'exact', 'neutralised'),
  ),
  r(
    GULF,
    'Meanwhile, a Turkish soldier died of wounds he sustained in a terrorist attack in northern Syria, authorities said on Saturday.',
    'a Turkish soldier',
    p(1, 1, 1, 'exact', 'killed'),
  ),
  r(
    USMUSLIMS,
    '“Our heroic Turkish Armed Forces neutralized 15 PKK terrorists in northern Iraq and 4 PKK/YPG terrorists in northern Syria,” said the ministry on X.',
    '4 PKK/YPG terrorists',
    p(4, 4, 4, 'exact', 'neutralised'),
  ),
  r(
    USMUSLIMS,
    '15 PKK terrorists ‘neutralized’ in northern Iraq, 4 PKK/YPG terrorists ‘neutralized’ in northern Syria',
    '15 PKK terrorists',
    p(15, 15, 15, 'exact', 'neutralised'),
  ),
  r(
    INFONEWS,
    'Türkiye’s security forces “neutralised” three PKK terrorists in northern Syria, near the Turkish border, the country’s defence ministry has said.',
    'three PKK terrorists',
    p(3, 3, 3, 'exact', 'neutralised'),
  ),
  r(
    INFONEWS,
    'Türkiye hosts some 3.5 million Syrians, more than any other country in the world.',
    'some 3.5 million Syrians',
    p(null, 3_500_000, null, 'about', null),
    'hosted, not harmed',
  ),
  r(
    INFONEWS,
    'Separately, the ministry said that three PKK/YPG terror group members were captured while trying to enter Türkiye from northern Syria.',
    'three PKK/YPG terror group members',
    p(3, 3, 3, 'exact', 'captured'),
  ),
  r(WORLDGLOBAL, SDF_RAQQA, '312 ISIS militants', p(312, 312, 312, 'exact', 'killed')),
  r(WORLDGLOBAL, SDF_RAQQA, 'seven ISIS Jihadists', p(7, 7, 7, 'exact', 'captured')),
  r(WORLDGLOBAL, SDF_RAQQA, '10 days', none, 'a duration'),
  r(WORLDGLOBAL, SDF_LOSSES, '15 SDF fighters', p(15, 15, 15, 'exact', 'killed')),
  r(WORLDGLOBAL, SDF_LOSSES, '21 fighters', p(21, 21, 21, 'exact', 'injured')),
  r(
    WORLDGLOBAL,
    'From the 312 dead ISIS militants, 39 ISIS bodies are in the hands of the SDF forces.',
    '39 ISIS bodies',
    p(39, 39, 39, 'exact', 'killed'),
  ),
  r(
    WORLDGLOBAL,
    'Furthermore, 4 ISIS drones were shut down by the SDF and clashes continue in areas close to the Raqqa Post Office.',
    '4 ISIS drones',
    p(4, 4, 4, 'exact', 'materiel'),
  ),
  r(
    IQNEWS_8300,
    COALITION_AUG,
    '19 fighting positions',
    p(19, 19, 19, 'exact', null),
    'positions are neither people nor materiel: a count with no outcome',
  ),
  r(
    IQNEWS_8300,
    COALITION_AUG,
    'three improvised explosive devices',
    p(3, 3, 3, 'exact', 'materiel'),
  ),
  r(
    IQNEWS_8300,
    'The Special Presidential Envoy said about 2,000 ISIS militants are estimated to remain in Raqqa, fighting for their survival in the face of the SDF offensive.',
    'about 2,000 ISIS militants',
    p(null, 2000, null, 'about', null),
    'a strength, not a casualty',
  ),
  r(IQNEWS_9021, COALITION_OCT, '11 vehicles', p(11, 11, 11, 'exact', 'materiel')),
  r(IQNEWS_9021, COALITION_OCT, '15 fighting positions', p(15, 15, 15, 'exact', null)),
  r(
    IQNEWS_9021,
    'The SDF fighters are now in control of 85 percent of ISIS’s former Syrian capital, Raqqa.',
    '85 percent',
    none,
    'a share',
  ),
  r(ATLANTIC, ATLANTIC_CLAIM, 'two armored vehicles', p(2, 2, 2, 'exact', 'materiel')),
  r(ATLANTIC, ATLANTIC_CLAIM, '53 members of the SDF', p(53, 53, 53, 'exact', 'killed')),
  r(
    ATLANTIC,
    'By Wednesday, the SDF said they had captured 40 percent of Raqqa and that ISIS militants had begun to retreat.',
    '40 percent',
    none,
  ),
  r(NRT, NRT_STRIKES, 'two boats', p(2, 2, 2, 'exact', 'materiel')),
  r(NRT, NRT_STRIKES, 'two vehicles', p(2, 2, 2, 'exact', 'materiel')),
  r(
    NRT,
    'Another six airstrikes were conducted near Deir ez-Zor by the Coalition warplanes, destroying six oil tanks and four tanks.',
    'four tanks',
    p(4, 4, 4, 'exact', 'materiel'),
  ),
  r(
    SOHR,
    'A citizen woman was killed when shells launched by the “Islamic State” landed on areas in al-Jura neighborhood in Deir Ezzor.',
    'A citizen woman',
    p(1, 1, 1, 'exact', 'killed'),
  ),
  r(
    SOHR,
    'A citizen woman was killed when shells launched by the “Islamic State” landed on areas in al-Jura neighborhood, and information about the death of two children because of the same shells.',
    'two children',
    p(2, 2, 2, 'exact', 'killed'),
  ),
]
