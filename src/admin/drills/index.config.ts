export default definePageConfig({
  navigationBarTitleText: '情景演练'
})
