/**
 * A year that names something lasting rather than when an event happened: a framework, a regime or a handbook of a
 * year ("rated good under the 2018 framework", "Ofsted's 2018 inspection framework"), and the first year of a plan's or
 * a strategy's period ("its 2019-2022 improvement plan", "the 2020 to 2023 strategy"). Such a year is not the event's
 * date: a plan's is the day it was approved or published, a grade's the report's.
 */
import type {DateMatch} from './types.js';

/** The noun of a framework right after the year (a word or two of its name between). */
const frameworkAfter = /^\s*(?:(?:Ofsted|ILACS|SIF|inspection|inspecting|children['’]s|social\s+care|education|common|single|new|revised|updated)\s+){0,3}(?:framework|regime|handbook|criteria|methodology|inspection\s+system)s?\b/i;
/** The other end of a period of years right after the first ("2019-2022", "2019 to 2023", "2019/22"), then its noun. */
const periodAfter = /^\s*(?:-|–|—|\/|to)\s*(?:19|20)?\d\d\b\s+(?:[\w'’-]+\s+){0,3}?(?:plan|plans|strategy|programme|budget|period|framework|partnership|agreement|settlement)\b/i;

/** Whether the year `d` names a framework or begins a period rather than dating the event of its sentence. */
export function namesAPeriod(sentence: string, d: DateMatch): boolean {
	if (d.date.precision !== 'year') return false;
	const after = sentence.slice(d.end, d.end + 60);
	return frameworkAfter.test(after) || periodAfter.test(after);
}
