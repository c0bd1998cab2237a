export default definePageConfig({
  navigationBarTitleText: '阿姨绑定'
})
