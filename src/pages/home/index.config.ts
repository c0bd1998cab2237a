export default definePageConfig({
  navigationBarTitleText: '家政服务'
})
