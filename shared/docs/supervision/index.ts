/** 民主监督建议书 documents: pure builders that map API records onto the GB/T 9704 engine. */
export { supervisionLetterDocument, supervisionFileName, FEEDBACK_FORM_TITLE, type SupervisionLetterData } from './letter';
export { supervisionFeedbackFormDocument, supervisionReceiptDocument, feedbackFormData, type FeedbackFormData, type ReceiptData } from './forms';
export { supervisionLedgerDocument, supervisionLedgerWorkbook, ledgerSummary, ledgerFileName, type LedgerData } from './ledger';
export { supervisionReminderDocument, reminderFileName, REMINDER_TITLE, type ReminderLetterData } from './reminder';
