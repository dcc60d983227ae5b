/**
 * A commissioner's work told beyond "report": "is expected to complete her report by the end of December", "is due
 * to deliver his recommendations in June" (the report still to come); "Commissioner backs council to fix its own
 * services" (the report's verdict, as a headline tells it); and a commissioner told in post, which is an appointment
 * made ("the commissioner who has overseen the service since 2017", "Commissioner Jane Marsh is already working
 * with the council"). England's Children's Commissioner, a police and crime commissioner and the Information
 * Commissioner are other offices. They describe how papers tell of a commissioner's work, never a particular article.
 */
import type {Rule} from './event-rules.js';

/** Other offices called commissioner. */
const otherOffice = /\b(?:police|crime|information|Children['’]s Commissioner for England|England['’]s Children['’]s Commissioner|(?:the\s+)?Children['’]s Commissioner,? [A-Z]|commissioner for (?:England|Wales|Scotland|older people|victims|standards|patient safety)|High Commissioner|European)\b/i;
/** Someone's hope, a question, a condition, or a denial: no report or appointment told. */
const notTold = /\?\s*$|^\W*(?:if|unless)\b|\b(?:not|never|n['’]t|no)\s+(?:\w+\s+){0,2}(?:commissioner|appointed|complete|deliver|overseen|working)\b/i;

export const commissionerTenureRules: readonly Rule[] = [
	{
		group: 'commissioner-report',
		type: 'commissioner-report',
		context: 'childrens-services',
		needs: ['commissioner'],
		test: /\bcommissioner\b[^.;]*?\b(?:expected|due|set|asked|is to|are to)\s+(?:to\s+)?(?:complete|finish|deliver|submit|present|hand in|send)\s+(?:her|his|their|its|a|the)\s+(?:final\s+|first\s+|interim\s+|initial\s+)?(?:report|review|recommendations|findings|assessment|verdict)\b|\bcommissioner['’]s\s+(?:final\s+)?(?:verdict|conclusions?|assessment)\b|\bcommissioner\b[^.;]{0,20}?\b(?:backs|backed|supports|supported)\s+(?:[\w'’-]+\s+){1,4}?to\s+(?:keep|retain|run|fix|stay in control of|hold on to)\b/i,
		unless: new RegExp(`${otherOffice.source}|${notTold.source}`, 'i'),
	},
	{
		group: 'commissioner-appointed',
		type: 'commissioner-appointed',
		context: 'childrens-services',
		needs: ['commissioner'],
		test: /\b[Cc]ommissioner\b[^.;]{0,60}?,?\s+who (?:has|had) (?:overseen|led|guided|run|been overseeing|been guiding|been leading|been working with)\b[^.;]{0,80}?\bsince\b|\b[Cc]ommissioner\s+(?:(?:Lord|Lady|Sir|Dame|Dr|Mr|Mrs|Ms|Professor)\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:is|has been) (?:already |now )?(?:working with|in place at|overseeing)\s+(?:the\s+)?(?:[A-Z][\w'’-]+(?:\s+(?:City|County|Borough|Metropolitan Borough|District))?\s+Council\b|council\b|authority\b|(?:[A-Z][\w'’-]+['’]s?|its|their|the council['’]s)\s+children['’]s\b|children['’]s\b)/,
		unless: new RegExp(`${otherOffice.source}|${notTold.source}`, 'i'),
	},
];
