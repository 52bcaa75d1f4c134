import type { LetterDetail } from '../../../../shared/contract/supervision';
import type { DocumentRequest } from '../../components/DocumentPreview';

export interface LetterDocument {
  label: string;
  enabled: boolean;
  hint?: string;
  request: DocumentRequest;
}

/** The Word documents of one letter (filled in with the document builders). */
export function letterDocuments(letter: LetterDetail): LetterDocument[] {
  void letter;
  return [];
}
