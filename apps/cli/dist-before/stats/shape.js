/**
 * Input shapes of `frontstage stats` methods: a tiny schema that validates stdin JSON (naming the bad field)
 * and describes itself for `--list`.
 */
export const num = (doc, opts = {}) => ({
    type: 'number',
    ...opts,
    ...(doc ? { doc } : {}),
});
export const int = (doc, opts = {}) => num(doc, { ...opts, integer: true });
export const str = (doc, values) => ({
    type: 'string',
    ...(values ? { enum: values } : {}),
    ...(doc ? { doc } : {}),
});
export const arr = (items, doc, minItems) => ({
    type: 'array',
    items,
    ...(minItems !== undefined ? { minItems } : {}),
    ...(doc ? { doc } : {}),
});
export const obj = (fields, optional = [], doc) => ({
    type: 'object',
    fields,
    optional,
    ...(doc ? { doc } : {}),
});
export const rec = (values, doc) => ({
    type: 'record',
    values,
    ...(doc ? { doc } : {}),
});
export const any = (doc) => ({ type: 'any', ...(doc ? { doc } : {}) });
function show(v) {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
function join(path, key) {
    return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}
/** Validates a value against a shape; returns the first error. Unknown object fields are errors too. */
export function validate(v, shape, path = '') {
    const field = path || '(input)';
    switch (shape.type) {
        case 'any':
            return null;
        case 'record': {
            if (typeof v !== 'object' || v === null || Array.isArray(v)) {
                return { field, message: `expected an object, got ${show(v)}` };
            }
            for (const [k, x] of Object.entries(v)) {
                const e = validate(x, shape.values, join(path, k));
                if (e)
                    return e;
            }
            return null;
        }
        case 'number': {
            if (typeof v !== 'number')
                return { field, message: `expected a number, got ${show(v)}` };
            if (shape.integer && !Number.isInteger(v))
                return { field, message: `expected an integer, got ${show(v)}` };
            if (shape.min !== undefined && v < shape.min)
                return { field, message: `must be ≥ ${shape.min}, got ${v}` };
            if (shape.max !== undefined && v > shape.max)
                return { field, message: `must be ≤ ${shape.max}, got ${v}` };
            return null;
        }
        case 'string':
            if (typeof v !== 'string')
                return { field, message: `expected a string, got ${show(v)}` };
            if (shape.enum && !shape.enum.includes(v))
                return { field, message: `must be one of ${shape.enum.join(', ')}; got ${show(v)}` };
            return null;
        case 'boolean':
            return typeof v === 'boolean' ? null : { field, message: `expected true or false, got ${show(v)}` };
        case 'array': {
            if (!Array.isArray(v))
                return { field, message: `expected an array, got ${show(v)}` };
            if (shape.minItems !== undefined && v.length < shape.minItems) {
                return { field, message: `needs at least ${shape.minItems} item(s), got ${v.length}` };
            }
            for (let i = 0; i < v.length; i++) {
                const e = validate(v[i], shape.items, join(path, i));
                if (e)
                    return e;
            }
            return null;
        }
        case 'object': {
            if (typeof v !== 'object' || v === null || Array.isArray(v))
                return { field, message: `expected an object, got ${show(v)}` };
            const o = v;
            for (const [k, s] of Object.entries(shape.fields)) {
                if (!(k in o) || o[k] === undefined) {
                    if (shape.optional?.includes(k))
                        continue;
                    return { field: join(path, k), message: 'is required' };
                }
                const e = validate(o[k], s, join(path, k));
                if (e)
                    return e;
            }
            for (const k of Object.keys(o)) {
                if (!(k in shape.fields)) {
                    return {
                        field: join(path, k),
                        message: `unknown field (expected: ${Object.keys(shape.fields).join(', ')})`,
                    };
                }
            }
            return null;
        }
    }
}
/** A one-line TypeScript-like description of a shape, for `--list`. */
export function describe(shape) {
    switch (shape.type) {
        case 'any':
            return shape.doc ?? 'any';
        case 'record':
            return `{ [key: string]: ${describe(shape.values)} }`;
        case 'number':
            return shape.integer ? 'integer' : 'number';
        case 'string':
            return shape.enum ? shape.enum.map((e) => JSON.stringify(e)).join(' | ') : 'string';
        case 'boolean':
            return 'boolean';
        case 'array':
            return `${describe(shape.items)}[]`;
        case 'object':
            return `{ ${Object.entries(shape.fields)
                .map(([k, s]) => `${k}${shape.optional?.includes(k) ? '?' : ''}: ${describe(s)}`)
                .join('; ')} }`;
    }
}
//# sourceMappingURL=shape.js.map