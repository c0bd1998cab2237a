// What the upload actions answer (user.uploadPath / registerUpload, cleaner.uploadPath / registerUpload).

/** A path to upload one photo to with wx.cloud.uploadFile: `cloudPath` plus the photo's extension ('.jpg'). */
export interface UploadPathView {
  cloudPath: string
  /** ISO instant after which registering it is refused */
  expiresAt: string
}

export interface RegisteredUpload {
  fileID: string
}
