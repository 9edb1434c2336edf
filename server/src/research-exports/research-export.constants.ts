/** A research export's state: `running` while the file is written, then `done` (downloadable) or `failed`. */
export const RESEARCH_EXPORT_STATUSES = ['running', 'done', 'failed'] as const;
export type ResearchExportStatus = (typeof RESEARCH_EXPORT_STATUSES)[number];
