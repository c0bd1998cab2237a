// The frame of every staff page: side menu, top bar with the signed-in staff member, and the sign-in guard.
// Without a valid token (none stored, or admin.me answers UNAUTHENTICATED, which clears it) it goes to the login page;
// the page's own content mounts only once the staff member is known, so it never calls without a token.
// admin.me also answers `allowed` (the server's permissions table for the role): the menu shows only the desks the
// role may open, a page the role may not open goes to the home page, and pages ask `useCan()` before showing a
// control that calls an action (never the role itself).
import { createContext, useContext, useEffect, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { adminApi, type MeResult, type StaffView } from '@/api/admin'
import { tokenFor, clearToken } from '@/api/session'
import { useRequest } from '@/api/useRequest'
import { goAdmin } from '../../navigation'
import LocalClockBanner from '../LocalClockBanner'
import { localClock } from '@/api/localClock'
import { isActive, mayOpen, menuFor, type AdminPage } from './menu'

import '../../styles/desk.scss'
import './index.scss'

const StaffContext = createContext<MeResult | undefined>(undefined)

function useMe(): MeResult {
  const me = useContext(StaffContext)
  if (!me) throw new Error('useStaff outside AdminShell')
  return me
}

/** The signed-in staff member, inside an AdminShell. */
export function useStaff(): StaffView {
  return useMe().staff
}

/** Whether the signed-in staff member's role may call an admin action (admin.me's `allowed`). */
export function useCan(): (action: string) => boolean {
  const { allowed } = useMe()
  return (action) => allowed.includes(action)
}

interface AdminShellProps {
  active: AdminPage
  title: string
  children: ReactNode
}

export default function AdminShell({ active, title, children }: AdminShellProps) {
  const hasToken = Boolean(tokenFor('staff'))
  // The page mounts once the staff member and the server's clock are known, so its "today" is the server's
  const me = useRequest(() => (hasToken ? Promise.all([adminApi.me(), localClock()]).then(([m]) => m) : Promise.resolve(undefined)), [hasToken])
  const signedOut = !hasToken || me.error?.code === 'UNAUTHENTICATED'

  const allowed = me.data?.allowed
  const forbidden = !!allowed && !mayOpen(active, allowed)
  useEffect(() => {
    if (signedOut) goAdmin('login')
    else if (forbidden) goAdmin('home')
  }, [signedOut, forbidden])

  const logout = async () => {
    try {
      await adminApi.logout()
    } catch {
      // Signing out locally is what matters; the server session expires on its own.
    }
    clearToken('staff')
    goAdmin('login')
  }

  const staff = me.data?.staff
  return (
    <View className='admin-shell'>
      <View className='admin-shell__side'>
        <View className='admin-shell__brand'>家政服务 · 员工工作台</View>
        {menuFor(allowed ?? []).map((item) => (
          <View
            key={item.key}
            className={`admin-shell__menu-item${isActive(item, active) ? ' is-active' : ''}${item.page ? '' : ' is-disabled'}`}
            onClick={() => item.page && item.page !== active && goAdmin(item.page)}
          >
            <Text>{item.label}</Text>
            {!item.page && <Text className='admin-shell__soon'>即将上线</Text>}
          </View>
        ))}
      </View>
      <View className='admin-shell__main'>
        <LocalClockBanner />
        <View className='admin-shell__top'>
          <Text className='admin-shell__title'>{title}</Text>
          {staff && (
            <View className='admin-shell__who'>
              <Text className='admin-shell__name'>{staff.name}</Text>
              <Text className='admin-shell__role'>{staff.roleLabel}</Text>
              <View className='admin-shell__logout' onClick={logout}>退出登录</View>
            </View>
          )}
        </View>
        <View className='admin-shell__body'>
          {me.data && !forbidden ? (
            <StaffContext.Provider value={me.data}>{children}</StaffContext.Provider>
          ) : me.error && !signedOut ? (
            <View className='admin-shell__state'>
              <Text>{me.error.message}</Text>
              <View className='adm-btn' onClick={me.retry}>重试</View>
            </View>
          ) : (
            <View className='admin-shell__state'>加载中…</View>
          )}
        </View>
      </View>
    </View>
  )
}
