export default definePageConfig({
  navigationBarTitleText: '保洁员管理'
})
