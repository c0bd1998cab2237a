import type { ApiAction } from '../types'
import { CloudError } from '../../engine/errors'
import { collection } from './params'

export const addCollection: ApiAction = ({ params }, s) => {
  if (!s.store.addCollection(collection(params))) {
    throw new CloudError('DATABASE_COLLECTION_ALREADY_EXIST', `集合已存在: ${params.collectionName}`)
  }
  return {}
}
