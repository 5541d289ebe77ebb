const KIND_FIELDS: Record<string, string> = {
  INVENTION: 'inventionLtvCap',
  UTILITY_MODEL: 'utilityModelLtvCap',
  DESIGN: 'designLtvCap',
  TRADEMARK: 'trademarkLtvCap',
};

/**
 * The engine names policy fields by its own shape (`policy.ltvCapByKind.INVENTION`); the
 * API's LenderPolicyInput is flat (`inventionLtvCap`). Translate so an error points at the
 * field the caller actually sent.
 */
export function lenderPolicyInputField(engineField: string): string {
  const field = engineField.replace(/^policy\.?/, '');
  const kind = /^ltvCapByKind\.([A-Z_]+)$/.exec(field);
  if (kind?.[1] !== undefined) return KIND_FIELDS[kind[1]] ?? field;
  return field === '' ? 'policy' : field;
}
