import * as tsenum from 'tsenum';

console.log(Object.keys(tsenum).length);
