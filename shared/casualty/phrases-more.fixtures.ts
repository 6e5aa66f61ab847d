/**
 * More casualty phrases from public reporting (Yemen, Iraq), each with the
 * address it was read at: part of the tuning set, like casualty-phrases.fixtures.ts.
 */
import { none, p, sourced as r, type CasualtyFixture } from './figure.fixtures.ts'

const NEWSNUB = 'https://newsnub.blogspot.com/2018/09/saudi-led-air-strike-hits-wrong-target.html'
const CGTN = 'https://news.cgtn.com/news/79457a4d34517a6333566d54/index.html'
const REUTERS_HODEIDAH = 'http://uk.reuters.com/article/yemen-security-idUKL8N1BX5DY'
const FASTNEWS = 'https://english.fastnews.lk/29904'
const YNET = 'http://www.ynetnews.com/articles/0,7340,L-4858171,00.html'
const ALJAZEERA =
  'https://www.aljazeera.com/news/2017/12/20/saudi-led-coalition-air-raids-kill-11-yemen-civilians'
const SENEGAL =
  'http://senegal-actu.com/2018/08/one-dead-several-wounded-after-saudi-arabia-intercepts/'
const REUTERS_SAADA =
  'https://www.reuters.com/article/us-yemen-security/air-strikes-kill-five-civilians-in-yemen-reuters-witness-idUSKCN1GB2OU'
const ASIAONE = 'https://www.asiaone.com/world/900-jihadists-killed-mosul-battle-us-says'
const NEWMAIL = 'https://thenewmail.co.uk/civilians-flee-mosul-80-citys-south-taken-islamic-state/'
const DAILYMAIL =
  'https://www.dailymail.co.uk/news/article-4328502/amp/Battle-normality-Mosul-ISIS-fight-intensifies.html'
const DW =
  'https://amp.dw.com/en/tens-of-thousands-flee-mosul-as-operation-against-is-intensifies/a-36321008'
const AYDINLIK =
  'http://www.aydinlikdaily.com/m/world/hundreds-of-civilians-flee-isis-held-mosul-h675.html'
const VOA =
  'https://voa.pangea-cms.com/preview/en-US/a/is-militants-trap-mosul-residents-as-human-shields/3789560.html'

const HODEIDAH =
  'A raid hit a house adjacent to the palace killing six civilians and wounding 12 according to a medic.'
const WEEKEND =
  'Other fighting over the weekend killed 32 rebel fighters and injured more than a dozen in Hodeidah.'
const BUS =
  'An Aug. 9 airstrike hit a bus carrying mostly children in an attack that killed 50 and injured 77.'
const MASIRAH =
  'The pro-Houthi Al Masirah television channel said 11 people were killed – including women and children – and 19 others wounded in Thursday’s air raids in Saada province.'
const SAADA =
  'Air strikes killed five civilians and wounded at least 14, including four children, outside the northern Yemeni city of Saada on Tuesday.'
const WAR =
  'The war has killed more than 10,000 people, displaced more than 2 million and driven the country to the verge of famine.'
const SHRAPNEL =
  '"Shrapnel from the intercepted missile scattered over residential areas, leaving a Yemeni resident killed and 11 other civilians wounded", the coalition said.'
const MOSUL_ESTIMATE =
  'There are between 3,500 and 5,000 IS jihadists in Mosul and up to another 2,000 in the broader area, according to US estimates.'
const IOM =
  'The IOM said on its website that 41,988 people had left the city "as a result of the ongoing Mosul operations".'

export const MORE_PHRASE_FIXTURES: readonly CasualtyFixture[] = [
  r(
    NEWSNUB,
    'Saudi-led air strike hits wrong target, kills dozens of civilians',
    'dozens of civilians',
    p(12, 12, null, 'vague', 'killed'),
  ),
  r(
    NEWSNUB,
    'A Saudi-led airstrike in Yemen killed seven civilians, including two children, a few days later.',
    'seven civilians',
    p(7, 7, 7, 'exact', 'killed'),
  ),
  r(
    NEWSNUB,
    'A Saudi-led airstrike in Yemen killed seven civilians, including two children, a few days later.',
    'two children',
    p(2, 2, 2, 'exact', 'killed'),
  ),
  r(NEWSNUB, WEEKEND, '32 rebel fighters', p(32, 32, 32, 'exact', 'killed')),
  r(NEWSNUB, WEEKEND, 'more than a dozen', p(12, 12, null, 'more_than', 'injured')),
  r(
    NEWSNUB,
    'The Yemeni conflict has created a humanitarian crisis with an estimated 11 million children facing food shortages.',
    'an estimated 11 million children',
    p(null, 11_000_000, null, 'about', null),
  ),
  r(NEWSNUB, BUS, '50', p(50, 50, 50, 'exact', 'killed')),
  r(NEWSNUB, BUS, '77', p(77, 77, 77, 'exact', 'injured')),
  r(
    NEWSNUB,
    'The Houthi rebels retaliated by firing nearly 200 missiles at Saudi Arabia, killing 112.',
    'nearly 200 missiles',
    p(null, 200, null, 'about', null),
    'fired, not harmed',
  ),
  r(
    NEWSNUB,
    'The Houthi rebels retaliated by firing nearly 200 missiles at Saudi Arabia, killing 112.',
    '112',
    p(112, 112, 112, 'exact', 'killed'),
  ),
  r(
    CGTN,
    '20 civilians killed in Saudi-led coalition air strike on Yemen',
    '20 civilians',
    p(20, 20, 20, 'exact', 'killed'),
  ),
  r(
    CGTN,
    'An airstrike struck a vehicle carrying fleeing civilians on Tuesday, killing at least 20 people, AFP reported.',
    'at least 20 people',
    p(20, 20, null, 'at_least', 'killed'),
  ),
  r(
    REUTERS_HODEIDAH,
    'At least 6 civilians were killed on Wednesday when a Saudi-led coalition air strike hit a house in western Yemen.',
    'At least 6 civilians',
    p(6, 6, null, 'at_least', 'killed'),
  ),
  r(REUTERS_HODEIDAH, HODEIDAH, 'six civilians', p(6, 6, 6, 'exact', 'killed')),
  r(REUTERS_HODEIDAH, HODEIDAH, '12', p(12, 12, 12, 'exact', 'injured')),
  r(
    REUTERS_HODEIDAH,
    'U.N.-sponsored talks to try to end the fighting that has killed more than 10,000 people collapsed in failure last month.',
    'more than 10,000 people',
    p(10_000, 10_000, null, 'more_than', 'killed'),
  ),
  r(
    REUTERS_HODEIDAH,
    'Nearly half of Yemen’s 22 provinces are on the verge of famine, according to the U.N. World Food Programme.',
    '22 provinces',
    p(22, 22, 22, 'exact', null),
  ),
  r(
    FASTNEWS,
    'Saudi-led Coalition Air Strike Cost at least 19 Lies in Yemen',
    'at least 19',
    p(19, 19, null, 'at_least', null),
    'the headline’s typo ("Lies") leaves no harm word',
  ),
  r(
    FASTNEWS,
    'At least 19 civilians have been killed in a Saudi-led coalition air strike in the Yemeni port city of Hudaydah, local officials and medics say.',
    'At least 19 civilians',
    p(19, 19, null, 'at_least', 'killed'),
  ),
  r(
    FASTNEWS,
    'Coalition officials say it has been accused of hitting schools, hospitals, markets and homes since intervening in the conflict 18 months ago.',
    '18 months',
    none,
  ),
  r(
    YNET,
    'A raid hit a house in a neighborhood populated by workers adjacent to the palace killing 19 civilians and wounding dozens, according to Hashim Azazi.',
    'dozens',
    p(12, 12, null, 'vague', 'injured'),
  ),
  r(
    YNET,
    'A raid hit a house in a neighborhood populated by workers adjacent to the palace killing 19 civilians and wounding dozens, according to Hashim Azazi.',
    '19 civilians',
    p(19, 19, 19, 'exact', 'killed'),
  ),
  r(
    ALJAZEERA,
    'The war in Yemen has killed an estimated 10,000 people since beginning in 2015.',
    'an estimated 10,000 people',
    p(null, 10_000, null, 'about', 'killed'),
  ),
  r(
    ALJAZEERA,
    'Air raids by a Saudi-led military coalition across Yemen have been blamed for killing 11 civilians.',
    '11 civilians',
    p(11, 11, 11, 'exact', 'killed'),
  ),
  r(
    ALJAZEERA,
    'The deadly attacks came on the 1,000th day of the devastating war that has killed about 10,000 people and left millions facing starvation.',
    'about 10,000 people',
    p(null, 10_000, null, 'about', 'killed'),
  ),
  r(ALJAZEERA, MASIRAH, '11 people', p(11, 11, 11, 'exact', 'killed')),
  r(ALJAZEERA, MASIRAH, '19 others', p(19, 19, 19, 'exact', 'injured')),
  r(
    ALJAZEERA,
    'Fighter jets launched two attacks on Saada’s Old Quarter, killing the 11 civilians, the head of the provincial health office said.',
    '11 civilians',
    p(11, 11, 11, 'exact', 'killed'),
  ),
  r(
    ALJAZEERA,
    'About 14 million people – more than half of whom are children – do not have access to clean water and sanitation.',
    'About 14 million people',
    p(null, 14_000_000, null, 'about', null),
  ),
  r(
    SENEGAL,
    'One dead, several wounded after Saudi Arabia intercepts Yemen missile',
    'One',
    p(1, 1, 1, 'exact', 'killed'),
  ),
  r(
    SENEGAL,
    'One dead, several wounded after Saudi Arabia intercepts Yemen missile',
    'several',
    p(null, null, null, 'vague', 'injured'),
  ),
  r(
    SENEGAL,
    'Saudi-led coalition air strikes have killed dozens of people including at least 29 children travelling on a bus in Yemen’s northern Saada province.',
    'at least 29 children',
    p(29, 29, null, 'at_least', 'killed'),
  ),
  r(SENEGAL, SHRAPNEL, '11 other civilians', p(11, 11, 11, 'exact', 'injured')),
  r(SENEGAL, SHRAPNEL, 'a Yemeni resident', p(1, 1, 1, 'exact', 'killed')),
  r(REUTERS_SAADA, SAADA, 'five civilians', p(5, 5, 5, 'exact', 'killed')),
  r(REUTERS_SAADA, SAADA, 'at least 14', p(14, 14, null, 'at_least', 'injured')),
  r(
    REUTERS_SAADA,
    'Air strikes kill five civilians in Yemen: Reuters witness',
    'five civilians',
    p(5, 5, 5, 'exact', 'killed'),
  ),
  r(REUTERS_SAADA, WAR, 'more than 10,000 people', p(10_000, 10_000, null, 'more_than', 'killed')),
  r(
    REUTERS_SAADA,
    WAR,
    'more than 2 million',
    p(2_000_000, 2_000_000, null, 'more_than', 'displaced'),
  ),
  r(
    ASIAONE,
    'Up to 900 jihadists killed in Mosul battle, US says',
    'Up to 900 jihadists',
    p(null, 900, 900, 'up_to', 'killed'),
  ),
  r(
    ASIAONE,
    '“We estimate they’ve probably killed about 800-900 Islamic State fighters,” Votel said in an interview.',
    '800-900 Islamic State fighters',
    p(800, null, 900, 'about', 'killed'),
  ),
  r(
    ASIAONE,
    MOSUL_ESTIMATE,
    'between 3,500 and 5,000 IS jihadists',
    p(3500, null, 5000, 'about', null),
  ),
  r(
    ASIAONE,
    'The offensive is seeing tens of thousands of Iraqi fighters advancing on Mosul from the south, east and north.',
    'tens of thousands of Iraqi fighters',
    p(10_000, 10_000, null, 'vague', null),
  ),
  r(
    NEWMAIL,
    'Nearly 1,000 people who fled Mosul are now at a refugee camp in Syria, the United Nations said.',
    'Nearly 1,000 people',
    p(null, 1000, null, 'about', 'displaced'),
  ),
  r(
    NEWMAIL,
    'More than 30,000 Iraqi forces are leading the offensive, backed by a 60-nation U.S.-led coalition.',
    'More than 30,000 Iraqi forces',
    p(30_000, 30_000, null, 'more_than', null),
  ),
  r(
    DAILYMAIL,
    'Around 255,000 people have fled Mosul to camps since October, with numbers rising over the last week.',
    'Around 255,000 people',
    p(null, 255_000, null, 'about', 'displaced'),
  ),
  r(
    DW,
    'Nearly 42,000 people have fled the Iraqi city after the military launched a crackdown.',
    'Nearly 42,000 people',
    p(null, 42_000, null, 'about', 'displaced'),
  ),
  r(DW, IOM, '41,988 people', p(41_988, 41_988, 41_988, 'exact', 'displaced')),
  r(
    DW,
    'A day earlier, the organization reported 34,000 people being displaced by the battle.',
    '34,000 people',
    p(34_000, 34_000, 34_000, 'exact', 'displaced'),
  ),
  r(
    DW,
    'Aid organizations have warned that fighting around the city could displace up to a million people in the area.',
    'up to a million people',
    p(null, 1_000_000, 1_000_000, 'up_to', 'displaced'),
  ),
  r(
    DW,
    'The graves held around 100 bodies, mostly decapitated, army officials said.',
    'around 100 bodies',
    p(null, 100, null, 'about', 'killed'),
  ),
  r(
    DW,
    'The UN was investigating reports that 50 former Iraqi soldiers had been massacred in a building outside Mosul city.',
    '50 former Iraqi soldiers',
    p(50, 50, 50, 'exact', 'killed'),
  ),
  r(
    AYDINLIK,
    'At least 700 civilians who fled from recently-captured villages south of Mosul have reached displacement camps.',
    'At least 700 civilians',
    p(700, 700, null, 'at_least', 'displaced'),
  ),
  r(
    VOA,
    'Civilian death tolls are soaring and nearly 290,000 people have fled.',
    'nearly 290,000 people',
    p(null, 290_000, null, 'about', 'displaced'),
  ),
  r(
    VOA,
    'As many as 8,000 people per day have arrived at camps surrounding Mosul in recent weeks.',
    'As many as 8,000 people',
    p(null, 8000, 8000, 'up_to', null),
  ),
]
