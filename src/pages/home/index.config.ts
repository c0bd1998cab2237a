export default definePageConfig({
  navigationBarTitleText: '家政服务',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark'
})
