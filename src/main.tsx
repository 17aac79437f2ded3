import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { AppShell } from '@/app/app-shell'
import { startApp } from '@/app/start-app'
import './index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

startApp()

createRoot(root).render(
  <StrictMode>
    <AppShell />
  </StrictMode>,
)
