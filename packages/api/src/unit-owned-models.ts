// Which models hold unit-owned rows, derived from Prisma's runtime data model rather than a hand-kept list:
// a model is unit-owned when it has a relation to Unit (Unit itself included). A new team's models are
// covered the moment they name their unit.
type Field = { name: string; kind: string; type: string; relationName?: string };
export type DataModel = { models: Record<string, { fields: Field[] }> };
export type Relation = { target: string; list: boolean };

const relationCache = new WeakMap<DataModel, Map<string, Map<string, Relation>>>();
const ownedCache = new WeakMap<DataModel, Set<string>>();

/**
 * The relation fields of a model. The runtime data model does not say which side is a list, so a relation
 * counts as to-one when the model holds its foreign key by the house convention (`unit` + `unitId`); any
 * other relation is treated as a list, the stricter reading (a list of unit-owned rows needs a scope filter).
 */
export function relationsOf(dataModel: DataModel, model: string): Map<string, Relation> {
  let byModel = relationCache.get(dataModel);
  if (!byModel) {
    byModel = new Map();
    for (const [name, { fields }] of Object.entries(dataModel.models)) {
      const scalars = new Set(fields.filter((f) => f.kind === 'scalar').map((f) => f.name));
      byModel.set(
        name,
        new Map(
          fields
            .filter((f) => f.kind === 'object')
            .map((f) => [f.name, { target: f.type, list: !scalars.has(`${f.name}Id`) }]),
        ),
      );
    }
    relationCache.set(dataModel, byModel);
  }
  return byModel.get(model) ?? new Map();
}

/** Models whose rows belong to a unit: Unit, and every model with a to-one relation to it. */
export function unitOwnedModels(dataModel: DataModel): Set<string> {
  let owned = ownedCache.get(dataModel);
  if (!owned) {
    owned = new Set(['Unit']);
    for (const name of Object.keys(dataModel.models))
      for (const relation of relationsOf(dataModel, name).values())
        if (relation.target === 'Unit' && !relation.list) owned.add(name);
    ownedCache.set(dataModel, owned);
  }
  return owned;
}

export const isUnitOwned = (dataModel: DataModel, model: string) => unitOwnedModels(dataModel).has(model);

const sharedCache = new WeakMap<DataModel, Map<string, string[]>>();

/**
 * The units a unit-owned row is shared with: its to-one relations to Unit other than its owner `unit` (for
 * example an enrolment's `courseUnit`, the unit running the course its learner takes). A row is in the scope of
 * whoever covers its owner or any unit it is shared with: the guard accepts the scope filter on any of them
 * (`Scope.sharedWhere`) and a create whose owner or shared unit lies in scope; which permission that takes is
 * the procedure's to ask, and the scope suite proves it.
 */
export function sharedRelationsOf(dataModel: DataModel, model: string): string[] {
  let byModel = sharedCache.get(dataModel);
  if (!byModel) {
    byModel = new Map();
    sharedCache.set(dataModel, byModel);
  }
  let shared = byModel.get(model);
  if (!shared) {
    shared =
      model === 'Unit'
        ? []
        : [...relationsOf(dataModel, model)]
            .filter(([name, r]) => r.target === 'Unit' && !r.list && name !== 'unit')
            .map(([name]) => name);
    byModel.set(model, shared);
  }
  return shared;
}
