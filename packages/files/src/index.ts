export {
  type AcceptedType,
  acceptedTypes,
  type FileKind,
  fileKinds,
  shownInline,
} from './accepted-types';
export type { BlobStore, ByteRange } from './blob-store';
export { type RangeAnswer, requestedRange } from './byte-range';
export { contentDisposition } from './content-disposition';
export { chunkSize, databaseBlobStore } from './database-store';
export { kindOfHead } from './detect-type';
export { diskBlobStore } from './disk-store';
export { FileError, type FileErrorCode, type FileErrorReason, fileErrorStatus } from './file-error';
export { fileErrorMessage, fileMessages } from './file-messages';
export { checkFileName, maxNameLength } from './file-name';
export {
  type FileFields,
  fileUrl,
  previewUrl,
  type StoredFile,
  storedFileOutput,
  toStoredFile,
  uploadAnswer,
} from './file-output';
export {
  arrivalsDir,
  currentFileSettings,
  type FileEnvironment,
  type FileSettings,
  fileEnvironment,
  fileSettings,
  installFileSettings,
  type StoreKind,
  storeKinds,
} from './file-settings';
export { type FileStorage, fileStorage } from './file-storage';
export { checkSize, type InspectedUpload, inspectUpload, limitInMb } from './inspect-upload';
export { maxImagePixels, previewWidth } from './read-image';
export { ReceivedUpload, type ReceiveOptions, receiveUpload, sweepArrivals } from './receive-upload';
export { releaseBlobs } from './release-blobs';
export { auditImage, fileLabel, type StoredFileRow, saveUpload, type Upload } from './save-upload';
export { enrolledInAny, type ServableFile, servableFile } from './servable-file';
export { bytesContent, headSize, type UploadContent } from './upload-content';
export { UploadGate } from './upload-gate';
export {
  defaultUploadPurpose,
  purposePermissions,
  type UploadPurpose,
  uploadPurposes,
} from './upload-purpose';
