// The floor for any remark-based pipeline: read the given files and parse
// each with bare unified + remark-parse, in one process. Prints nothing.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const processor = unified().use(remarkParse);
let nodes = 0;
for (const filePath of process.argv.slice(2).flatMap((list) => readFileSync(list, 'utf8').split('\n').filter(Boolean))) {
  nodes += processor.parse(readFileSync(filePath, 'utf8')).children.length;
}
if (nodes < 0) console.log(nodes);
