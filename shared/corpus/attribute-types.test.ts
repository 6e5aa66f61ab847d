import { describe, expect, it } from 'vitest'
import type { AttributeDef, LabelSchema } from '../contract/model.ts'
import { annotationConf, visualConf } from '../datasets/brat-writer.ts'
import { parseAnnotationConf } from '../datasets/brat-conf.ts'
import { labelingConfig } from '../datasets/labelstudio-writer.ts'
import { ATTRIBUTE_TYPES, ATTRIBUTE_TYPE_IDS } from './attribute-types.ts'

/** One label with an attribute of every type, options where the type takes them. */
function everyType(): LabelSchema {
  const attributes: AttributeDef[] = ATTRIBUTE_TYPE_IDS.map((type) => ({
    id: `a_${type}`,
    name: `A ${type}`,
    type,
    ...(ATTRIBUTE_TYPES[type].hasOptions ? { options: ['one', 'two words'] } : {}),
  }))
  return {
    labels: [{ id: 'THING', name: 'Thing', color: '#1f77b4', attributes }],
    relationTypes: [],
  }
}

describe('attribute types', () => {
  it('come back from a brat collection with the type and options they were written with', () => {
    const schema = everyType()
    const read = parseAnnotationConf(annotationConf(schema), visualConf(schema))
    expect(read.problems).toEqual([])
    expect(read.schema.labels[0]?.attributes.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      schema.labels[0]?.attributes.sort((a, b) => (a.id < b.id ? -1 : 1)),
    )
  })

  it('each get a Label Studio control named after the attribute', () => {
    const config = labelingConfig(everyType())
    for (const type of ATTRIBUTE_TYPE_IDS)
      expect(config).toContain(`<${ATTRIBUTE_TYPES[type].labelStudio.control} name="a_${type}"`)
  })
})
