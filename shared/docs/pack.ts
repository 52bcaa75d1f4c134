import { Packer, type Document } from 'docx';

/**
 * Packs a document to .docx bytes. Works in Node (tests, scripts: write the bytes with fs) and in the
 * browser; Node's Buffer is not needed because docx zips to an ArrayBuffer.
 */
export async function packToBuffer(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** Packs a document to a Blob for the renderer (download / native save dialog; also in a Web Worker). */
export function packToBlob(doc: Document): Promise<Blob> {
  return Packer.toBlob(doc);
}

/** The .docx MIME type, for Blob downloads and save dialogs. */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
