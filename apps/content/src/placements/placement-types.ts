import type { RouterOutputs } from '../trpc';

export type PlacementRow = RouterOutputs['content']['placements']['ofArticle']['placements'][number];
export type QueueRow = RouterOutputs['content']['placements']['queue']['items'][number];
