// Types flow from the AppRouter; nothing here is hand-copied from the server.
import type { RouterInputs, RouterOutputs } from '../trpc';

export type ArticleListInput = RouterInputs['content']['articles']['list'];
export type ArticleListOutput = RouterOutputs['content']['articles']['list'];
export type ArticleRow = ArticleListOutput['items'][number];
export type Article = RouterOutputs['content']['articles']['get'];
export type ArticleCreateInput = RouterInputs['content']['articles']['create'];
export type Column = RouterOutputs['content']['columns']['list'][number];
export type RecycleBinRow = RouterOutputs['content']['recycleBin']['list']['items'][number];
export type Unit = RouterOutputs['identity']['units']['tree'][number];

export type ArticleStatus = ArticleRow['status'];
export type SiteState = ArticleRow['siteState'];
export type RevisionRow = RouterOutputs['content']['revisions']['list'][number];
export type Comparison = RouterOutputs['content']['revisions']['compare'];
export type WordRow = RouterOutputs['content']['words']['list'][number];
export type WordHit = Article['wordHits'][number];
export type ArticleSort = NonNullable<ArticleListInput['sort']>;
export type SortOrder = NonNullable<ArticleListInput['order']>;
export type Cadence = Column['cadence'];
