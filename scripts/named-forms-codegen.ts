/**
 * Named types for the generated ones, from `x-type-name`: on a component schema, its type is exported
 * under that name too; on each `oneOf` member of one, the component becomes the union of one exported
 * type per member (`WebhookUpdate = WebhookUpdateKeepingOidc | …`). A compile error then names the type
 * (`… is not assignable to type 'WebhookUpdate'`) instead of printing every member of the union.
 */
import ts from 'typescript';

type Json = Record<string, unknown>;

/** One component with a named type, or named forms. */
export interface NamedForms {
  /** the component's name */
  schema: string;
  /** the exported type's name: the schema's `x-type-name`, or for named forms the component's name */
  name: string;
  /** `minProperties: 1`: each form is wrapped in `AtLeastOneField<…>` */
  atLeastOneField: boolean;
  description: string | undefined;
  forms: { name: string; title: string | undefined; description: string | undefined }[];
}

const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** The components that say their type's name, or their `oneOf` members' (all members or none). */
export function findNamedForms(schemas: Record<string, Json>): NamedForms[] {
  const found: NamedForms[] = [];
  for (const [schema, node] of Object.entries(schemas)) {
    const members = Array.isArray(node.oneOf) ? (node.oneOf as Json[]) : [];
    const names = members.map((member) => member['x-type-name']);
    const own = node['x-type-name'];
    if (own !== undefined && (typeof own !== 'string' || !TYPE_NAME.test(own))) throw new Error(`${schema}: its x-type-name must be a name in PascalCase`);
    if (names.every((name) => name === undefined)) {
      if (own !== undefined) found.push({ schema, name: own, atLeastOneField: false, description: node.description as string | undefined, forms: [] });
      continue;
    }
    if (!names.every((name) => typeof name === 'string' && TYPE_NAME.test(name))) {
      throw new Error(`${schema}: give every oneOf member an x-type-name in PascalCase, or none`);
    }
    if (new Set(names).size !== names.length) throw new Error(`${schema}: two oneOf members have the same x-type-name`);
    found.push({
      schema,
      name: (own as string | undefined) ?? schema,
      atLeastOneField: node.minProperties === 1,
      description: node.description as string | undefined,
      forms: members.map((member) => ({ name: member['x-type-name'] as string, title: member.title as string | undefined, description: member.description as string | undefined })),
    });
  }
  return found;
}

/** Puts `text` before `node` as a JSDoc comment. */
function withDoc<T extends ts.Node>(node: T, text: string): T {
  const body = text.trim().split('\n').map((line) => ` * ${line}`.trimEnd()).join('\n');
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, `*\n${body}\n `, true);
}

const unwrap = (node: ts.TypeNode): ts.TypeNode => (ts.isParenthesizedTypeNode(node) ? unwrap(node.type) : node);
const exported = [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)];
const reference = (name: string, args?: ts.TypeNode[]) => ts.factory.createTypeReferenceNode(name, args);

/**
 * Exports the type openapi-typescript made for each named component under its name, and leaves
 * `components.schemas.<schema>` a reference to it. For named forms (`properties & (form | form | …)`) it
 * declares `<name>Properties` (the fields every form shares), `<form>Fields` (each form with every field
 * optional: a body while it is being built), `<name>FieldsByForm` and `<name>Forms` (those and the forms,
 * by the form's name), one `AtLeastOneField<…>` type per form (with `minProperties: 1`), and the union.
 */
export function withNamedForms(nodes: ts.Node[], components: readonly NamedForms[]): ts.Node[] {
  const declarations: ts.Node[] = [];
  const done = new Set<string>();
  const alias = (name: string, type: ts.TypeNode, doc: string) => withDoc(ts.factory.createTypeAliasDeclaration(exported, name, undefined, type), doc);
  const byName = (name: string, doc: string, entries: [string, ts.TypeNode][]) =>
    withDoc(
      ts.factory.createInterfaceDeclaration(exported, name, undefined, undefined, entries.map(([key, type]) => ts.factory.createPropertySignature(undefined, key, undefined, type))),
      doc,
    );
  const split = (component: NamedForms, type: ts.TypeNode): ts.TypeNode => {
    done.add(component.schema);
    // the description's first sentence: the whole stays on components.schemas (the package's size is budgeted)
    const described = (component.description ?? component.name).split(/(?<=\.)\s/)[0]!.trim();
    if (component.forms.length === 0) {
      declarations.push(alias(component.name, type, `${described} (\`components["schemas"]["${component.schema}"]\`)`));
      return reference(component.name);
    }
    const whole = unwrap(type);
    const parts = ts.isIntersectionTypeNode(whole) ? whole.types.map(unwrap) : [whole];
    const unions = parts.filter((part): part is ts.UnionTypeNode => ts.isUnionTypeNode(part) && part.types.length === component.forms.length);
    if (unions.length !== 1) throw new Error(`${component.schema}: openapi-typescript no longer emits its oneOf as one union beside its properties`);
    const properties = `${component.name}Properties`;
    declarations.push(alias(properties, ts.factory.createIntersectionTypeNode(parts.filter((part) => part !== unions[0])), `The fields every form of \`${component.name}\` has.`));
    component.forms.forEach((form, index) => {
      const doc = form.description ?? form.title ?? form.name;
      const fields = `${form.name}Fields`;
      declarations.push(
        alias(fields, ts.factory.createIntersectionTypeNode([reference(properties), unions[0]!.types[index]!]), `\`${form.name}\` with every field optional: a body while it is being built.`),
        alias(form.name, component.atLeastOneField ? reference('AtLeastOneField', [reference(fields)]) : reference(fields), `${doc}\nA form of \`${component.name}\`.`),
      );
    });
    declarations.push(
      byName(`${component.name}FieldsByForm`, `Each form of \`${component.name}\` with every field optional, by the form's name.`, component.forms.map((form) => [form.name, reference(`${form.name}Fields`)])),
      byName(`${component.name}Forms`, `Each form of \`${component.name}\`, by its name.`, component.forms.map((form) => [form.name, reference(form.name)])),
      alias(
        component.name,
        ts.factory.createUnionTypeNode(component.forms.map((form) => reference(form.name))),
        `${described} One of its forms: ${component.forms.map((form) => `\`${form.name}\``).join(', ')}.`,
      ),
    );
    return reference(component.name);
  };
  const bySchema = new Map(components.map((component) => [component.schema, component]));
  const nameOf = (node: ts.PropertySignature) => (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : '');
  const result = nodes.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'components') return node;
    const members = node.members.map((member) => {
      if (!ts.isPropertySignature(member) || nameOf(member) !== 'schemas' || !member.type || !ts.isTypeLiteralNode(member.type)) return member;
      const schemas = member.type.members.map((schema) => {
        const component = ts.isPropertySignature(schema) && schema.type ? bySchema.get(nameOf(schema)) : undefined;
        if (!component || !ts.isPropertySignature(schema)) return schema;
        return ts.factory.updatePropertySignature(schema, schema.modifiers, schema.name, schema.questionToken, split(component, schema.type!));
      });
      return ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, ts.factory.updateTypeLiteralNode(member.type, ts.factory.createNodeArray(schemas)));
    });
    return ts.factory.updateInterfaceDeclaration(node, node.modifiers, node.name, node.typeParameters, node.heritageClauses, members);
  });
  const missing = components.filter((component) => !done.has(component.schema));
  if (missing.length > 0) throw new Error(`openapi-typescript emitted no components.schemas.${missing[0]!.schema} where the generator looks for it`);
  return [...result, ...declarations];
}
