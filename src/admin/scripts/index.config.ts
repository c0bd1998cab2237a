export default definePageConfig({
  navigationBarTitleText: '话术模板'
})
