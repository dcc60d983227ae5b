/**
 * A page printed from a browser, then saved as text, carries the browser's own stamp at the top of each printed
 * page ("05/03/2024, 10:15", the page's title beside it or on the next line) and the page's address with a page
 * count at the foot of each ("https://www.example.co.uk/news/... 1/3"). The stamp is the day the page was printed,
 * not the day it was published.
 */
import type {Line} from './metadata.js';

/** The browser's stamp alone on its line: a numeric date, a comma, a time. */
const printStamp = /^\d{1,2}\/\d{1,2}\/\d{2,4},\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/i;
/** The browser's footer: an address and the page's number of the printed pages. */
const printFooter = /^\s*https?:\/\/\S+\s+\d{1,3}\/\d{1,3}\s*$/;

/** Whether `line` is a browser's print stamp on a page that also carries the browser's print footer. */
export function browserPrintStamp(line: string, body: readonly Line[]): boolean {
	return printStamp.test(line.trim()) && body.some((l) => printFooter.test(l.text));
}
