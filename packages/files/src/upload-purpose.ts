// What an upload is for, sent as the `purpose` field before the file: it decides the permission the uploader needs
// at the file's unit. Articles', documents' and pages' files are content; lessons' files and videos are uploaded
// by the course's trainers.

export const uploadPurposes = ['content', 'training'] as const;
export type UploadPurpose = (typeof uploadPurposes)[number];

/** The purpose of an upload that names none. */
export const defaultUploadPurpose: UploadPurpose = 'content';

/** The permission each purpose needs at the unit the file will belong to. */
export const purposePermissions = {
  content: 'content.write',
  training: 'training.manage',
} as const satisfies Record<UploadPurpose, `${string}.${string}`>;
