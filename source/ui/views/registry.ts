/** Which component draws each view and which controller handles its keys. */
import {ArticlesView, articlesController, articlesWhileReading} from './articles-view.js';
import {CohortView, cohortController, cohortWhileReading} from './cohort-view.js';
import {CompareView, compareController, compareKeys, compareWhileReading} from './compare/view.js';
import {DashboardView, dashboardController} from './dashboard-view.js';
import {FrequencyView, frequencyController, frequencyTitle, frequencyWhileReading} from './frequency-view.js';
import {HelpView, helpController} from './help-view.js';
import {withListActions} from './list-actions.js';
import {PeopleView, peopleController, peopleWhileReading} from './people-view.js';
import {PersonQuotesView, personQuotesController, personQuotesTitle} from './person-quotes-view.js';
import {ReaderView, readerController, readerKeys, readerTitle, readerWhileReading} from './reader-view.js';
import {ReportsView, reportsController, reportsTitle} from './reports-view.js';
import {SearchView, searchController, searchWhileReading} from './search-view.js';
import {TimelineView, timelineController, timelineKeys, timelineWhileReading} from './timeline/view.js';
import type {ViewRegistry} from './view-types.js';

export const views: ViewRegistry = {
	dashboard: {component: DashboardView, controller: dashboardController},
	search: {component: SearchView, controller: withListActions(searchController), whileReading: searchWhileReading},
	timeline: {component: TimelineView, controller: withListActions(timelineController), keyContext: timelineKeys, whileReading: timelineWhileReading},
	compare: {component: CompareView, controller: compareController, keyContext: compareKeys, whileReading: compareWhileReading},
	people: {component: PeopleView, controller: withListActions(peopleController), whileReading: peopleWhileReading},
	'person-quotes': {component: PersonQuotesView, controller: withListActions(personQuotesController), title: personQuotesTitle},
	articles: {component: ArticlesView, controller: withListActions(articlesController), whileReading: articlesWhileReading},
	cohort: {component: CohortView, controller: cohortController, whileReading: cohortWhileReading},
	reader: {component: ReaderView, controller: readerController, title: readerTitle, keyContext: readerKeys, whileReading: readerWhileReading},
	reports: {component: ReportsView, controller: reportsController, title: reportsTitle},
	help: {component: HelpView, controller: helpController, title: () => 'Help'},
	frequency: {component: FrequencyView, controller: frequencyController, title: frequencyTitle, whileReading: frequencyWhileReading},
};
