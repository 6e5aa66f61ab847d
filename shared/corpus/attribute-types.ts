/**
 * What each label-attribute type means, in one place: how a value is checked,
 * typed in, described, edited, counted, and written to and read from every
 * dataset format that tells the types apart. The table is typed by the
 * schema's enum (AttributeTypeSchema in contract/model.ts), so a type added
 * there is refused by the compiler until it has an entry here; every other
 * file asks this table instead of naming a type. docs/attribute-types.md
 * lists what the compiler points at for a new type.
 */
import { AttributeTypeSchema, type AttributeType, type AttributeValue } from '../contract/model.ts'
import { decodeValue } from '../datasets/brat-standoff.ts'

/** What an attribute definition says about its values: allowed options, a number's range. */
export interface AttributeRules {
  options?: readonly string[] | undefined
  min?: number | undefined
  max?: number | undefined
}

/** A stored value that is set (null means "no value" for every type). */
export type SetValue = Exclude<AttributeValue, null>

/** How brat holds an attribute: an A line with a value, a binary A line, or a `#` note. */
export type BratLine = 'choice' | 'binary' | 'note'

/** Label Studio's result type for a per-region value. */
export type LabelStudioResult = 'number' | 'choices' | 'textarea'

export interface AttributeTypeEntry {
  /** How the schema editor names the type. */
  name: string
  /** Whether the attribute lists its allowed values (`options`). */
  hasOptions: boolean
  /** Whether a stored value fits the type, given the attribute's options or range. */
  validate: (value: SetValue, rules: AttributeRules) => boolean
  /** What a value must be, for messages: "a number from -90 to 90", "one of killed, injured". */
  describe: (rules: AttributeRules) => string
  /** A value typed as text, or undefined when it is blank or not one. */
  parse: (raw: string) => AttributeValue | undefined
  /** The control the span panel edits it with. */
  input: 'checkbox' | 'select' | 'number' | 'text'
  /** Whether statistics and dataset cards count it by value, not as "(any value)". */
  countedByValue: boolean
  brat: {
    /** How annotation.conf declares it. */
    declared: BratLine
    /** How one value is written. */
    line: (value: SetValue) => BratLine
    /** A value read back from an A line or note; `problem` when it is kept as text. */
    read: (
      raw: string,
      options: readonly string[] | undefined,
    ) => { value: AttributeValue; problem?: string }
  }
  labelStudio: {
    /** The labeling-config control: Choices lists `choices(options)`. */
    control: 'Choices' | 'Number' | 'TextArea'
    choices: (options: readonly string[]) => readonly string[]
    /** The result type one value is written as. */
    result: (value: SetValue) => LabelStudioResult
    /** A value read back from a one-choice result. */
    fromChoice: (choice: string) => AttributeValue
  }
  /** The UIMA CAS feature range (WebAnno/INCEpTION). */
  uimaRange: 'uima.cas.String' | 'uima.cas.Float' | 'uima.cas.Boolean'
}

const trimmed = (raw: string): string | undefined => raw.trim() || undefined
const parseNumber = (raw: string): number | undefined => {
  const text = raw.trim()
  const n = Number(text)
  return text !== '' && Number.isFinite(n) ? n : undefined
}
const asIs = (raw: string): { value: AttributeValue } => ({ value: raw })
const noChoices = (): readonly string[] => []
/** Label Studio's result for a type with no control of its own: yes/no as choices, else text. */
const choicesIfBoolean = (value: SetValue): LabelStudioResult =>
  typeof value === 'boolean' ? 'choices' : 'textarea'

export const ATTRIBUTE_TYPES: Readonly<Record<AttributeType, AttributeTypeEntry>> = {
  choice: {
    name: 'choice',
    hasOptions: true,
    validate: (value, { options = [] }) => typeof value === 'string' && options.includes(value),
    describe: ({ options = [] }) => `one of ${options.join(', ')}`,
    parse: trimmed,
    input: 'select',
    countedByValue: true,
    brat: {
      declared: 'choice',
      line: (value) => (typeof value === 'string' ? 'choice' : 'note'),
      read: (raw, options) => ({ value: decodeValue(raw, options) }),
    },
    labelStudio: {
      control: 'Choices',
      choices: (options) => options,
      result: () => 'choices',
      fromChoice: (choice) => choice,
    },
    uimaRange: 'uima.cas.String',
  },
  number: {
    name: 'number',
    hasOptions: false,
    validate: (value, { min = -Infinity, max = Infinity }) =>
      typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max,
    describe: ({ min, max }) =>
      min === undefined && max === undefined
        ? 'a number'
        : max === undefined
          ? `a number of at least ${min}`
          : min === undefined
            ? `a number of at most ${max}`
            : `a number from ${min} to ${max}`,
    parse: parseNumber,
    input: 'number',
    countedByValue: false,
    brat: {
      declared: 'note',
      line: () => 'note',
      read: (raw) => {
        const n = parseNumber(raw)
        return n === undefined
          ? {
              value: raw,
              problem: `should be a number but is ${JSON.stringify(raw)}: kept as text`,
            }
          : { value: n }
      },
    },
    labelStudio: {
      control: 'Number',
      choices: noChoices,
      result: (value) => (typeof value === 'number' ? 'number' : choicesIfBoolean(value)),
      fromChoice: (choice) => choice,
    },
    uimaRange: 'uima.cas.Float',
  },
  text: {
    name: 'text',
    hasOptions: false,
    validate: (value) => typeof value === 'string',
    describe: () => 'a text',
    parse: trimmed,
    input: 'text',
    countedByValue: false,
    brat: { declared: 'note', line: () => 'note', read: asIs },
    labelStudio: {
      control: 'TextArea',
      choices: noChoices,
      result: choicesIfBoolean,
      fromChoice: (choice) => choice,
    },
    uimaRange: 'uima.cas.String',
  },
  boolean: {
    name: 'yes/no',
    hasOptions: false,
    validate: (value) => typeof value === 'boolean',
    describe: () => 'a boolean',
    parse: (raw) => yesNo(raw.trim()),
    input: 'checkbox',
    countedByValue: true,
    brat: {
      declared: 'binary',
      line: () => 'binary',
      read: (raw) => ({ value: yesNo(raw) ?? raw }),
    },
    labelStudio: {
      control: 'Choices',
      choices: () => ['true', 'false'],
      result: choicesIfBoolean,
      fromChoice: (choice) => yesNo(choice) ?? choice,
    },
    uimaRange: 'uima.cas.Boolean',
  },
}

function yesNo(raw: string): boolean | undefined {
  return raw === 'true' ? true : raw === 'false' ? false : undefined
}

/** The types in the order the schema editor offers them. */
export const ATTRIBUTE_TYPE_IDS: readonly AttributeType[] = AttributeTypeSchema.options

/** The type a value of an attribute the schema does not define is taken for. */
export function typeOfValue(value: SetValue): 'boolean' | 'number' | 'text' {
  return typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'number' : 'text'
}

/** The entry for a defined attribute, or for the type its value suggests when it has no definition. */
export function attributeTypeOf(
  def: { type: AttributeType } | undefined,
  value: SetValue,
): AttributeTypeEntry {
  return ATTRIBUTE_TYPES[def?.type ?? typeOfValue(value)]
}
