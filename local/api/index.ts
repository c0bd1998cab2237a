// The CloudBase HTTP API as a table: action name -> the module that answers it. Adding an action touches nothing else.
import type { ApiAction } from './types'
import { insertDocument } from './database/insertDocument'
import { getDocument } from './database/getDocument'
import { calculateDocument } from './database/calculateDocument'
import { modifyDocument } from './database/modifyDocument'
import { modifyAndReturnDoc } from './database/modifyAndReturnDoc'
import { removeDocument } from './database/removeDocument'
import { aggregateDocuments } from './database/aggregateDocuments'
import { addCollection } from './database/addCollection'
import * as tx from './database/transactions'
import { invokeFunction } from './functions/invokeFunction'
import { wxApi } from './wx/api'
import * as storage from './storage/storage'

export const ACTIONS: Record<string, ApiAction> = {
  'database.insertDocument': insertDocument,
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.modifyDocument': modifyDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.removeDocument': removeDocument,
  'database.aggregateDocuments': aggregateDocuments,
  'database.addCollection': addCollection,
  'database.startTransaction': tx.startTransaction,
  'database.commitTransaction': tx.commitTransaction,
  'database.abortTransaction': tx.abortTransaction,
  'database.getInTransaction': tx.getInTransaction,
  'database.updateDocInTransaction': tx.updateDocInTransaction,
  'database.deleteDocInTransaction': tx.deleteDocInTransaction,
  'functions.invokeFunction': invokeFunction,
  'wx.api': wxApi,
  'storage.getUploadMetadata': storage.getUploadMetadata,
  'storage.batchGetDownloadUrl': storage.batchGetDownloadUrl,
  'storage.batchDeleteFile': storage.batchDeleteFile
}
