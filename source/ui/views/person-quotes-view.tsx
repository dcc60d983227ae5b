/**
 * A person's quotes (Enter on People): date, article and paragraph, and the words; Enter opens the reader there.
 * A quote several titles printed is one row, naming the others (corpus/copies.ts).
 */
import {Box, Text} from 'ink';
import {printingTitles} from '../../corpus/copies.js';
import {formatDate} from '../../corpus/date-value.js';
import {findArticle, findPerson, quotesBySpeaker} from '../../corpus/lookups.js';
import type {QuoteView} from '../../corpus/queries.js';
import type {StoreData} from '../../corpus/schema.js';
import {safeLine} from '../../text/terminal-safety.js';
import {clampPos, movePos, visibleRange} from '../list-window.js';
import {memoLast} from '../memo.js';
import {readerScreen, type PersonQuotesScreen} from '../state.js';
import {fit, truncate} from '../text-layout.js';
import {isCommand, moveOf, type Controller, type ViewEnv, type ViewProps} from './view-types.js';

/** Fragments (a few words inside reported speech) are listed too, marked: they are often the memorable part. */
export const quotesOf = memoLast((data: StoreData, personId: string): QuoteView[] => quotesBySpeaker(data, personId, {fragments: true}));

/** Each quote takes two rows; the title takes one. */
function visibleQuotes(env: ViewEnv): number {
	return Math.max(1, Math.floor((env.layout.body.height - 1) / 2));
}

export const personQuotesController: Controller<PersonQuotesScreen> = (screen, input, env) => {
	const rows = quotesOf(env.data, screen.personId);
	const h = visibleQuotes(env);
	const move = moveOf(input);
	if (move) return {screen: {...screen, pos: movePos(screen.pos, move, rows.length, h)}};
	if (isCommand(input, 'open')) {
		const q = rows[clampPos(screen.pos, rows.length, h).selected];
		return q ? {open: readerScreen(q.articleId, q.paragraph)} : {};
	}
	return undefined;
};

export function personQuotesTitle(screen: PersonQuotesScreen, env: ViewEnv): string {
	return `Quotes: ${safeLine(findPerson(env.data, screen.personId)?.name ?? screen.personId)}`;
}

export function PersonQuotesView({screen, env}: ViewProps<PersonQuotesScreen>) {
	const {width} = env.layout.body;
	const person = findPerson(env.data, screen.personId);
	const rows = quotesOf(env.data, screen.personId);
	const name = safeLine(person?.name ?? screen.personId);
	const h = visibleQuotes(env);
	const pos = clampPos(screen.pos, rows.length, h);
	const {start, end} = visibleRange(pos, rows.length, h);
	const fragments = rows.filter((q) => q.fragment).length;
	return (
		<Box flexDirection="column" width={width}>
			<Text bold wrap="truncate">
				{name} · {rows.length - fragments} quotes{fragments ? `, ${fragments} fragments` : ''}
				{person?.roles.length ? <Text dimColor> · {safeLine(person.roles.join(', '))}</Text> : null}
			</Text>
			{rows.length === 0 ? <Text>No quotes are attributed to {name}.</Text> : null}
			{rows.slice(start, end).map((q, i) => {
				const isSel = start + i === pos.selected;
				const title = safeLine(findArticle(env.data, q.articleId)?.title ?? q.articleId);
				// A quote several titles printed is listed once, at its first printing, naming the others.
				const also = q.alsoIn?.length ? ` · also in ${safeLine(printingTitles(q.alsoIn))}` : '';
				const where = `${fit(formatDate(q.date), 11)} ¶${q.paragraph} ${title}${also}`;
				return (
					<Box key={q.id} flexDirection="column" height={2}>
						<Text inverse={isSel} wrap="truncate">
							{isSel ? '› ' : '  '}
							{truncate(where, width - 2)}
						</Text>
						<Text wrap="truncate">
							{'    '}
							{q.fragment ? <Text dimColor>(fragment) </Text> : null}“{truncate(safeLine(q.text), width - 8 - (q.fragment ? 11 : 0))}”
						</Text>
					</Box>
				);
			})}
		</Box>
	);
}
