// The comparison: the same Enum-only app with enum-plus.
import { Enum } from 'enum-plus';

const Color = Enum({ RED: 1, GREEN: 2 });
console.log(Color.label(2), Color.has(1));
