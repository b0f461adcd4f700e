// The renderer's only way out: one invoke channel and one event subscription.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type ApiBridge } from '../../shared/api/bridge';
import type { AppEvent } from '../../shared/api/types';

const bridge: ApiBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input),
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: AppEvent) => { listener(payload); };
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => { ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward); };
  },
};

contextBridge.exposeInMainWorld('api', bridge);
