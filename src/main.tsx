import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { createAppRouter } from '@/app/router'
import { startApp } from '@/app/start-app'
import './index.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

startApp()

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createAppRouter()} />
  </StrictMode>,
)
