// Pages per platform. Households: main package (tab bar pages must stay there), and their complaints in the
// `complaint/` sub-package. Cleaners: the `cleaner/` sub-package.
// Staff: the `admin/` sub-package, built only for h5 so the mini-program never ships the admin desk.
const isH5 = process.env.TARO_ENV === 'h5'

const cleanerPackage = {
  root: 'cleaner',
  pages: ['bind/index', 'jobs/index', 'job/index']
}

// 服务补救 for households: file a complaint, my complaints, one complaint (opened from an order and from 我的)
const complaintPackage = {
  root: 'complaint',
  pages: ['new/index', 'list/index', 'detail/index']
}

const adminPackage = {
  root: 'admin',
  pages: [
    'login/index', 'home/index', 'orders/index', 'cleaners/index',
    // 服务补救: the complaints queue, one work order, 话术模板, 案例库 (顾客之声), 情景演练
    'complaints/index', 'complaint/index', 'scripts/index', 'cases/index', 'drills/index'
  ]
}

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/orders/index',
    'pages/me/index',
    'pages/service/index',
    'pages/book/index',
    'pages/order/index',
    'pages/messages/index'
  ],
  subPackages: isH5 ? [cleanerPackage, complaintPackage, adminPackage] : [cleanerPackage, complaintPackage],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f5f5',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTextStyle: 'black',
    navigationBarTitleText: '家政服务'
  },
  tabBar: {
    color: '#999999',
    selectedColor: '#07c160',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/orders/index', text: '订单', iconPath: 'assets/tabbar/orders.png', selectedIconPath: 'assets/tabbar/orders-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tabbar/me.png', selectedIconPath: 'assets/tabbar/me-active.png' }
    ]
  }
})
