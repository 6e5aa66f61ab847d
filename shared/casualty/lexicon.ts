/**
 * The word lists behind the casualty-figure parser, kept apart from the logic so
 * a researcher can review them: what counts as a person, as materiel, as a harm,
 * as a qualifier. All entries are in the folded form of FigureToken.norm (lower case,
 * straight apostrophes).
 */

const words = (list: string): string[] => list.trim().split(/\s+/)

/** What the head noun of a figure counts. */
export type NounClass = 'person' | 'materiel' | 'other' | 'unit'

/** A harm as the sentence words it; several map to one outcome, some only to materiel. */
export type Harm =
  | 'killed'
  | 'injured'
  | 'captured'
  | 'missing'
  | 'displaced'
  | 'neutralised'
  | 'destroyed'
  | 'harmed'
  | 'struck'

/**
 * Where a cue may govern a figure: anywhere in its clause, only as the word just
 * before it ("lost 20 soldiers", "hit 200 targets"), or only as its head noun
 * ("20 lives"). Restricting the ambiguous words keeps "lost ground" or "to save
 * lives" elsewhere in a sentence from deciding an outcome.
 */
export type CueScope = 'any' | 'governor' | 'head'

export interface CuePattern {
  readonly words: readonly RegExp[]
  readonly harm: Harm
  readonly scope: CueScope
  /** An active transitive verb form: "militants killed 3" makes the militants perpetrators. */
  readonly transitive: boolean
}

const cue = (
  harm: Harm,
  words: string,
  options: { scope?: CueScope; transitive?: boolean } = {},
): CuePattern => ({
  words: words.split(' ').map((w) => new RegExp(`^(?:${w})$`)),
  harm,
  scope: options.scope ?? 'any',
  transitive: options.transitive ?? false,
})
const verb = { transitive: true }

/** Harm cues; longer patterns are tried first, so "fatally wounded" beats "wounded". */
export const CUES: readonly CuePattern[] = [
  cue('killed', 'kill|kills|killed|killing|killings', verb),
  cue('killed', 'die|dies|died|dying|dead|death|deaths|fatalities|fatality'),
  cue('killed', 'perish|perished|perishes|slain|martyr|martyrs|martyred|martyrdom'),
  cue('killed', 'slaughtered|massacred|murdered|executed|assassinated|beheaded', verb),
  cue('killed', 'execute|executes|executing|behead|beheads|beheading|massacre|massacring', verb),
  cue('killed', 'gassed|lynched|crucified|decapitated|suffocated'),
  // "rounded up and executed": what became of them is the last verb.
  cue('killed', 'rounded up and executed|killed|shot|murdered|massacred|slaughtered'),
  cue('killed', 'arrested|abducted|captured|detained and executed|killed|shot|murdered'),
  cue('killed', 'lost|lose|losing|loses their|his|her|its lives|life'),
  cue('killed', 'claimed|claiming|claim|claims|took|taking|take|takes|cost|costing the lives of'),
  cue('killed', 'shot dead'),
  cue('killed', 'fatally wounded|injured|shot'),
  cue('killed', 'death tolls?'),
  cue('killed', 'tolls?'),
  cue('harmed', 'casualty toll'),
  cue('killed', 'lives|bodies|corpses', { scope: 'head' }),
  cue('killed', 'lost|lose|loses|losing', { scope: 'governor' }),
  cue('injured', 'injure|injures|injured|injuring|injury|injuries', verb),
  cue('injured', 'wound|wounds|wounded|wounding', verb),
  cue('injured', 'hurt|maimed|hospitali[sz]ed'),
  cue('captured', 'capture|captures|captured|capturing', verb),
  cue('captured', 'taken|took|held prisoners?|captives?|hostages?'),
  cue('captured', 'abduct|abducts|abducted|abducting|abduction|abductions', verb),
  cue('captured', 'kidnap|kidnaps|kidnapped|kidnapping|kidnappings', verb),
  cue('captured', 'detain|detains|detained|detaining|detention', verb),
  cue('captured', 'arrest|arrests|arrested|arresting|imprisoned|jailed', verb),
  cue('captured', 'rounded up'),
  cue('captured', 'surrender|surrendered|surrendering|surrenders'),
  cue('captured', 'seize|seizes|seized|seizing', { scope: 'governor' }),
  cue('captured', 'take|takes|took|taking', { scope: 'governor' }),
  cue('captured', 'prisoners?|hostages?|captives?|detainees?|pows?|inmates?', { scope: 'head' }),
  cue('missing', 'missing|disappeared'),
  cue('missing', 'unaccounted for'),
  cue('displaced', 'displace|displaces|displaced|displacing|displacement', verb),
  cue('displaced', 'flee|flees|fled|fleeing|uprooted|homeless'),
  cue('displaced', 'evacuated|evacuation|evacuations'),
  cue('displaced', 'refugees?|idps?|evacuees?|asylum', { scope: 'head' }),
  cue('displaced', 'became|become|becomes|becoming|made|left refugees?|idps?|homeless|displaced'),
  cue('displaced', 'forced|driven from their|his|her homes?'),
  cue('displaced', 'forced|driven out of their|his|her homes?'),
  cue('displaced', 'left|abandoned their|his|her homes?'),
  cue('displaced', 'left|leave|leaving|fled the city|town|village|area|country|region'),
  cue('displaced', 'sought|seeking|taken|took refuge'),
  cue('neutralised', 'neutrali[sz](?:e|es|ed|ing|ation)', verb),
  cue('neutralised', 'eliminat(?:e|es|ed|ing|ion)', verb),
  cue('neutralised', 'rendered ineffective'),
  cue('neutralised', 'put out of action'),
  cue('neutralised', 'taken out'),
  cue('destroyed', 'destroy|destroys|destroyed|destroying|destruction|annihilated', verb),
  cue('destroyed', 'wiped out'),
  cue('harmed', 'casualty|casualties|victims?|loss|losses|suffering|starvation'),
  cue('harmed', 'shot'),
  cue('harmed', 'hit|hits|hitting|struck|targeted|targeting', {
    scope: 'governor',
  }),
  cue('struck', 'damaged|damaging|downed|burned|burnt|disabled|confiscated|intercepted'),
  cue('struck', 'sank|sunk|sink|sinking|grounded'),
  cue('struck', 'shot|shut|brought down'),
  cue('struck', 'shot|knocked down|out'),
].sort((a, b) => b.words.length - a.words.length)

/** "seriously wounded": adverbs that may sit inside a coordination of harms. */
export const HARM_ADVERBS: ReadonlySet<string> = new Set(
  words(`seriously critically badly severely lightly slightly mortally reportedly also`),
)

/** Words that join harms into one ("killed and injured", "killed in injured" as typed). */
export const HARM_JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',', '/', '&', 'in'])

/** singular|plural pairs, or one form for both. */
const nouns = (cls: NounClass, list: string): [string, { cls: NounClass; plural: boolean }][] =>
  list.split(/\s+/).flatMap((entry) => {
    const [one, many] = entry.split('|')
    if (one === undefined) return []
    const plural = many ?? `${one}s`
    if (one === '*') return [[plural, { cls, plural: true }]]
    return [
      [one, { cls, plural: false }],
      [plural, { cls, plural: true }],
    ]
  })

/** Head nouns of figures, by what they count. '*|x' is plural only. */
export const NOUNS: ReadonlyMap<string, { cls: NounClass; plural: boolean }> = new Map([
  ...nouns(
    'person',
    `soldier troop militant fighter civilian person|people man|men woman|women child|children
     kid boy girl infant baby|babies teenager youth minor adult member terrorist rebel insurgent
     jihadist extremist militiaman|militiamen gunman|gunmen combatant mercenary|mercenaries
     officer policeman|policemen *|police *|personnel serviceman|servicemen servicewoman|servicewomen
     recruit conscript commander guard trooper marine sailor airman|airmen pilot crewman|crewmen
     lieutenant sergeant captain colonel corporal volunteer resident villager farmer shepherd
     worker employee *|staff journalist reporter doctor nurse medic paramedic student teacher
     protester protestor demonstrator worshipper pilgrim passenger driver migrant refugee evacuee
     idp detainee prisoner hostage captive inmate pow victim casualty|casualties martyr
     body|bodies corpse family|families household individual citizen foreigner
     inhabitant *|others *|syrians *|turks *|kurds *|iraqis *|afghans *|palestinians *|israelis
     *|russians *|iranians *|americans *|yemenis *|ukrainians *|lives`,
  ),
  ...nouns(
    'materiel',
    `tank vehicle helicopter aircraft|aircraft plane warplane jet drone uav howitzer *|artillery
     gun cannon mortar launcher rocket missile apc bmp truck pickup humvee bulldozer car bus|buses
     boat ship vessel warship depot *|ammunition munition weapon rifle radar battery|batteries
     system ied mine bomb *|arms *|equipment suv *|technicals jeep van|vans lorry|lorries tanker
     tractor trailer motorcycle motorbike ambulance carrier ifv mrap bomber gunship chopper
     airplane airliner skiff dinghy|dinghies speedboat frigate destroyer submarine
     rpg grenade shell *|ordnance firearm pistol kalashnikov atgm manpad|manpads sam|sams
     armament cache stockpile device vbied`,
  ),
  ...nouns(
    'other',
    `target position post outpost base hideout *|headquarters hq checkpoint village town
     city|cities home house building school hospital mosque attack strike airstrike raid operation
     incident explosion clash|clashes group faction area site tunnel bridge road point location
     facility|facilities shelter camp route unit source report statement country|countries province
     district region`,
  ),
  ...nouns(
    'unit',
    `second minute hour day week month year decade century|centuries km kilometre kilometer mile
     metre meter *|m kg kilogram ton tonne *|percent *|pc *|pct time o'clock *|am *|pm *|gmt *|utc
     degree dollar euro lira pound *|usd *|eur acre hectare`,
  ),
])

export type Qualified =
  | 'exact'
  | 'at_least'
  | 'more_than'
  | 'up_to'
  | 'about'
  // "fewer than N" bounds the count from above without claiming N.
  | 'below'

/** Qualifiers written before the number, longest first so "no more than" beats "more than". */
export const PRE_QUALIFIERS: readonly (readonly [readonly string[], Qualified])[] = (
  [
    ['no fewer than', 'at_least'],
    ['not fewer than', 'at_least'],
    ['no less than', 'at_least'],
    ['not less than', 'at_least'],
    ['at least', 'at_least'],
    ['a minimum of', 'at_least'],
    ['no more than', 'up_to'],
    ['not more than', 'up_to'],
    ['up to', 'up_to'],
    ['as many as', 'up_to'],
    ['as much as', 'up_to'],
    ['at most', 'up_to'],
    ['at the most', 'up_to'],
    ['a maximum of', 'up_to'],
    ['fewer than', 'below'],
    ['less than', 'below'],
    ['under', 'below'],
    ['below', 'below'],
    ['just under', 'about'],
    ['just below', 'about'],
    ['just short of', 'about'],
    ['nearly', 'about'],
    ['almost', 'about'],
    ['close to', 'about'],
    ['about', 'about'],
    ['around', 'about'],
    ['some', 'about'],
    ['roughly', 'about'],
    ['approximately', 'about'],
    ['approx', 'about'],
    ['approx .', 'about'],
    ['circa', 'about'],
    ['c .', 'about'],
    ['~', 'about'],
    ['an estimated', 'about'],
    ['estimated', 'about'],
    ['estimated at', 'about'],
    ['an approximate', 'about'],
    ['more or less', 'about'],
    ['in the region of', 'about'],
    ['on the order of', 'about'],
    ['of the order of', 'about'],
    ['more than', 'more_than'],
    ['over', 'more_than'],
    ['well over', 'more_than'],
    ['just over', 'more_than'],
    ['upwards of', 'more_than'],
    ['upward of', 'more_than'],
    ['in excess of', 'more_than'],
    ['excess of', 'more_than'],
    ['above', 'more_than'],
    ['well above', 'more_than'],
    ['exceeding', 'more_than'],
    ['greater than', 'more_than'],
    ['north of', 'more_than'],
    ['>', 'more_than'],
  ] as const
)
  .map(([w, q]): readonly [readonly string[], Qualified] => [w.split(' '), q])
  .sort((a, b) => b[0].length - a[0].length)

/** Qualifiers written after the number ("20 or more", "20-odd"). */
export const POST_QUALIFIERS: readonly (readonly [readonly string[], Qualified])[] = (
  [
    ['at least', 'at_least'],
    ['at the least', 'at_least'],
    ['at most', 'up_to'],
    ['at the most', 'up_to'],
    ['or more', 'at_least'],
    ['and more', 'at_least'],
    ['or above', 'at_least'],
    ['- plus', 'at_least'],
    ['plus', 'at_least'],
    ['+', 'at_least'],
    ['or so', 'about'],
    ['- odd', 'about'],
    ['odd', 'about'],
    ['or thereabouts', 'about'],
    ['or fewer', 'up_to'],
    ['or less', 'up_to'],
  ] as const
).map(([w, q]): readonly [readonly string[], Qualified] => [w.split(' '), q])

/** Months, for "May 27" and "27 May". "May" and "March" count only capitalised. */
export const MONTHS: ReadonlySet<string> = new Set(
  words(`january february march april may june july august september october november
         december jan feb mar apr jun jul aug sep sept oct nov dec`),
)

/** Words before a number that make it a name or reference: "No. 5", "Resolution 2254". */
export const DESIGNATORS: ReadonlySet<string> = new Set(
  words(`no nos number # route highway road resolution article section chapter page paragraph
         para phase flight room block gate level grade model type version point hill height
         station sector zone aged age committee list`),
)

/** Currency marks and words: money is never a casualty count. */
export const CURRENCY: ReadonlySet<string> = new Set(
  words(`$ € £ ¥ ₺ dollars euros lira liras pounds usd eur`),
)

/** Words that end a noun phrase when looking for a figure's head noun. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set(
  words(`in on at near from by with since during after before into onto across along over for to
   towards toward inside outside against between among amid amidst under through throughout
   including as than like per via within without behind beyond following despite
   is are was were be been being am have has had do does did will would could should may might
   must can shall remain remains remained
   and or but nor while whereas when where who whom whose which that because if so yet
   this these those there then`),
)

/** Auxiliaries that make a following participle passive ("were killed"): the subject is the victim. */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(
  words(`was were been be being is are am get gets got getting`),
)

/** Words between a verb and its object that do not break the link ("killed all 20", "the deaths of"). */
export const GOVERNOR_GAP: ReadonlySet<string> = new Set(
  words(`of the their his her its our all a an total reportedly allegedly also some ' "`),
)

/** Between a toll and its number: "the toll has risen to 13", "the death toll stood at 45". */
export const TOLL_GAP: ReadonlySet<string> = new Set(
  words(`has have had risen rose rise rises climbed climb jumped reached reaches stood stands stand
         is was now increased grown grew gone went up to at of further already`),
)

/** Words that end the clause in which a figure's own predicate is sought. */
export const CLAUSE_STOPS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'or',
  'while',
  'whereas',
  'although',
  ';',
  ':',
])
