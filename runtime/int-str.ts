/** `IntEnum` and `StrEnum`, each in its own module (int-enum.ts, str-enum.ts) for tree-shaking. */
export { IntEnum } from './int-enum';
export { StrEnum } from './str-enum';
